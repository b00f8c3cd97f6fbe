// quiz.zip read as a QTI 3 package twice over: @xmldom/xmldom reads the XML as written (names,
// namespaces, texts to the character), and the QTI 3 engine @citolab/qti-components, run in jsdom,
// finds the test through the manifest and the items through the test, and scores every choice of
// every item with the item's own response processing.
import { DOMParser } from '@xmldom/xmldom';
import { strFromU8, unzipSync } from 'fflate';
import { JSDOM, VirtualConsole } from 'jsdom';

import { Findings } from './compare.mjs';

const ASI = 'http://www.imsglobal.org/xsd/imsqtiasi_v3p0';
const CP = 'http://www.imsglobal.org/xsd/qti/qtiv3p0/imscp_v1p1';
const MANIFEST = 'imsmanifest.xml';

export async function checkQti(bytes, quiz) {
  const findings = new Findings();
  let entries;
  try {
    entries = unzipSync(new Uint8Array(bytes));
  } catch (error) {
    findings.fail(`not a zip: ${error.message}`);
    return { problems: findings.problems };
  }
  const text = (name) => (name in entries ? strFromU8(entries[name]) : null);
  const read = (name, rootName, namespace) => {
    const source = text(name);
    if (source === null) {
      findings.fail(`${name} is not in the package`);
      return null;
    }
    try {
      const root = parseXml(source).documentElement;
      if (root.localName !== rootName || root.namespaceURI !== namespace) {
        findings.fail(`${name}: the root is {${root.namespaceURI}}${root.localName}, not {${namespace}}${rootName}`);
        return null;
      }
      return root;
    } catch (error) {
      findings.fail(`${name}: not well-formed XML: ${error.message}`);
      return null;
    }
  };

  const manifest = read(MANIFEST, 'manifest', CP);
  if (!manifest) {
    return { problems: findings.problems };
  }
  for (const file of elements(manifest, 'file')) {
    if (!(file.getAttribute('href') in entries)) {
      findings.fail(`${MANIFEST} lists ${file.getAttribute('href')}, which is not in the package`);
    }
  }

  const engine = await qtiEngine();
  const testResource = engine.manifestTest(text(MANIFEST));
  if (!testResource?.href) {
    findings.fail(`${MANIFEST}: qti-components finds no resource of type imsqti_test_xmlv3p0`);
    return { problems: findings.problems };
  }
  const test = read(testResource.href, 'qti-assessment-test', ASI);
  if (!test) {
    return { problems: findings.problems };
  }
  findings.same('qti-assessment-test title', quiz.title.replace(/[\t\n\r]/g, ' '), test.getAttribute('title'));
  const base = testResource.href.includes('/') ? testResource.href.slice(0, testResource.href.lastIndexOf('/') + 1) : '';
  // A test that draws from pools holds each pool's items in a section of its own, where the pool's first
  // question stands; the items, identified q001, q002 … by question, are compared in question order.
  const refs = engine.testItems(text(testResource.href)).map((ref) => ({ ...ref, path: base + ref.href }))
    .sort((a, b) => a.identifier.localeCompare(b.identifier));
  findings.same('number of items in the test', quiz.questions.length, refs.length);

  let scored = 0;
  for (const [index, expected] of quiz.questions.slice(0, refs.length).entries()) {
    const ref = refs[index];
    const item = read(ref.path, 'qti-assessment-item', ASI);
    if (!item) {
      continue;
    }
    const where = `${ref.path} (question ${expected.number})`;
    findings.same(`${where}: identifier`, ref.identifier, item.getAttribute('identifier'));
    // Items of the other types are scored response by response where responses.json is given (scores.mjs).
    if ((expected.type ?? 'single') !== 'single') {
      continue;
    }
    checkItemXml(findings, where, item, expected);
    scored += await engine.score(findings, where, text(ref.path), expected);
  }
  return {
    summary: `${refs.length} QTI 3 items match quiz.json (texts read by @xmldom/xmldom; manifest, test and ${scored} scored`
      + ' responses by @citolab/qti-components)',
    problems: findings.problems,
  };
}

function checkItemXml(findings, where, item, expected) {
  const interactions = elements(item, 'qti-choice-interaction');
  if (interactions.length !== 1) {
    findings.fail(`${where}: ${interactions.length} qti-choice-interaction elements, expected 1`);
    return;
  }
  const interaction = interactions[0];
  findings.same(`${where}: max-choices`, '1', interaction.getAttribute('max-choices'));
  const responseId = interaction.getAttribute('response-identifier');
  const declaration = elements(item, 'qti-response-declaration').find((d) => d.getAttribute('identifier') === responseId);
  if (!declaration) {
    findings.fail(`${where}: no qti-response-declaration for ${responseId}`);
  } else {
    findings.same(`${where}: cardinality`, 'single', declaration.getAttribute('cardinality'));
    findings.same(`${where}: base-type`, 'identifier', declaration.getAttribute('base-type'));
    const values = elements(declaration, 'qti-value').map((value) => value.textContent);
    findings.same(`${where}: qti-correct-response`, JSON.stringify([expected.answer]), JSON.stringify(values));
  }
  if (!elements(item, 'qti-outcome-declaration').some((d) => d.getAttribute('identifier') === 'SCORE')) {
    findings.fail(`${where}: no SCORE outcome declared`);
  }
  const template = elements(item, 'qti-response-processing')[0]?.getAttribute('template') ?? '';
  if (!/\/match_correct(\.xml)?$/.test(template)) {
    findings.fail(`${where}: response processing template is '${template}', not match_correct`);
  }

  const prompt = elements(interaction, 'qti-prompt');
  if (prompt.length !== 1) {
    findings.fail(`${where}: ${prompt.length} qti-prompt elements, expected 1`);
  } else {
    sameCharacterData(findings, `${where}: qti-prompt`, expected.text, prompt[0]);
  }
  const choices = elements(interaction, 'qti-simple-choice');
  findings.same(`${where}: choice identifiers`, JSON.stringify(expected.choices.map((c) => c.key)),
    JSON.stringify(choices.map((c) => c.getAttribute('identifier'))));
  choices.forEach((choice, at) => {
    if (expected.choices[at]) {
      sameCharacterData(findings, `${where}: qti-simple-choice ${expected.choices[at].key}`, expected.choices[at].text, choice);
    }
  });

  const feedback = elements(item, 'qti-modal-feedback');
  if (feedback.length !== 1) {
    findings.fail(`${where}: ${feedback.length} qti-modal-feedback elements, expected 1 holding the explanation`);
    return;
  }
  findings.same(`${where}: qti-modal-feedback show-hide`, 'hide', feedback[0].getAttribute('show-hide'));
  const body = elements(feedback[0], 'qti-content-body');
  if (body.length !== 1) {
    findings.fail(`${where}: the qti-modal-feedback has ${body.length} qti-content-body elements, expected 1`);
  } else {
    sameCharacterData(findings, `${where}: explanation (qti-modal-feedback)`, expected.explanation, body[0]);
  }
}

/** The CommonMark goes as the element's character data alone, so it comes back to the character. */
function sameCharacterData(findings, what, expected, element) {
  if (elementChildren(element).length > 0) {
    findings.fail(`${what}: holds elements; the text is to be carried as character data alone`);
  }
  findings.same(what, expected, element.textContent);
}

function parseXml(source) {
  return new DOMParser({
    onError: (level, message) => {
      if (level !== 'warning') {
        throw new Error(message);
      }
    },
  }).parseFromString(source, 'text/xml');
}

function elements(parent, localName) {
  return Array.from(parent.getElementsByTagNameNS('*', localName));
}

function elementChildren(element) {
  return Array.from(element.childNodes).filter((node) => node.nodeType === 1);
}

let engine = null;

/** The engine, set up once: its elements register in the first window and stay there. */
export function qtiEngine() {
  engine ??= startEngine();
  return engine;
}

/** qti-components is made of web components: it runs here in jsdom, with the form internals stubbed. */
async function startEngine() {
  const errors = [];
  const virtualConsole = new VirtualConsole();
  virtualConsole.on('jsdomError', (error) => errors.push(error.message));
  const dom = new JSDOM('<!DOCTYPE html><html><body></body></html>', { url: 'http://localhost/', pretendToBeVisual: true, virtualConsole });
  for (const key of Object.getOwnPropertyNames(dom.window)) {
    if (!(key in globalThis)) {
      globalThis[key] = dom.window[key];
    }
  }
  // Node has its own events, which jsdom's elements refuse to dispatch.
  for (const key of ['window', 'document', 'Event', 'CustomEvent', 'EventTarget', 'DOMException']) {
    globalThis[key] = dom.window[key];
  }
  // jsdom's ElementInternals cannot reflect ARIA yet; the engine only reports form state through it.
  dom.window.HTMLElement.prototype.attachInternals = () => ({
    setFormValue() {},
    setValidity() {},
    checkValidity: () => true,
    reportValidity: () => true,
    validity: { valid: true },
    states: new Set(),
    form: null,
    labels: [],
  });
  await quietly(() => import('@citolab/qti-components'));
  anchorPatterns();
  const { qtiTransformItem, qtiTransformManifest, qtiTransformTest } = await import('@citolab/qti-components/qti-transformers');

  return {
    manifestTest(xml) {
      const manifest = qtiTransformManifest();
      manifest.parse(xml);
      try {
        return manifest.assessmentTest();
      } catch {
        return null;
      }
    },

    testItems(xml) {
      return qtiTransformTest().parse(xml).items();
    },

    /** The item connected in the document, its declarations registered; remove() takes it out again. */
    async load(xml) {
      const host = document.createElement('div');
      host.innerHTML = qtiTransformItem().parse(xml).html();
      document.body.appendChild(host);
      const item = host.querySelector('qti-assessment-item');
      await item.updateComplete;
      await new Promise((resolve) => setTimeout(resolve, 0));
      return { item, remove: () => host.remove(), errors: () => errors.splice(0) };
    },

    /** Answers the item with each choice in turn: 1 for the answer and 0 for the others, the explanation shown each time. */
    async score(findings, where, xml, expected) {
      const host = document.createElement('div');
      host.innerHTML = qtiTransformItem().parse(xml).html();
      // Connected only once whole, so that every declaration finds its children when it registers.
      document.body.appendChild(host);
      let count = 0;
      try {
        const item = host.querySelector('qti-assessment-item');
        await item.updateComplete;
        await new Promise((resolve) => setTimeout(resolve, 0));
        const keys = Array.from(item.querySelectorAll('qti-simple-choice')).map((choice) => choice.getAttribute('identifier'));
        findings.same(`${where}: choices qti-components sees`, JSON.stringify(expected.choices.map((c) => c.key)), JSON.stringify(keys));
        const feedback = item.querySelector('qti-modal-feedback');
        for (const key of keys) {
          const score = quietly(() => {
            item.updateResponseVariable('RESPONSE', key);
            item.processResponse();
            return Number(item.getOutcome('SCORE')?.value);
          });
          count++;
          findings.same(`${where}: SCORE for choice ${key} by qti-components`, key === expected.answer ? 1 : 0, score);
          // The engine re-evaluates a feedback only when response processing sets its outcome, and
          // match_correct sets SCORE alone; so it is asked to evaluate the explanation's feedback by its own rule.
          feedback?.checkShowFeedback(feedback.outcomeIdentifier);
          if (feedback?.showStatus !== 'on') {
            findings.fail(`${where}: qti-components does not show the explanation after choice ${key}`);
          }
        }
      } catch (error) {
        findings.fail(`${where}: qti-components failed: ${error.message}`);
      } finally {
        host.remove();
      }
      errors.splice(0).forEach((error) => findings.fail(`${where}: qti-components: ${error}`));
      return count;
    },
  };
}

/**
 * QTI's patterns are XML Schema regular expressions, which match the whole string; qti-components hands the
 * pattern to ECMAScript's RegExp as it is, which matches anywhere in it. The engine is given the spec's meaning.
 */
function anchorPatterns() {
  const PatternMatch = customElements.get('qti-pattern-match');
  const unanchored = PatternMatch.prototype.getResult;
  PatternMatch.prototype.getResult = function getResult() {
    const pattern = this.pattern;
    this.pattern = `^(?:${pattern})$`;
    try {
      return unanchored.call(this);
    } finally {
      this.pattern = pattern;
    }
  };
}

/** The engine logs its expression evaluation to the console; the checker's output is its findings. */
function quietly(action) {
  const saved = { log: console.log, debug: console.debug, info: console.info };
  console.log = console.debug = console.info = () => {};
  try {
    const result = action();
    if (result instanceof Promise) {
      return result.finally(() => Object.assign(console, saved));
    }
    Object.assign(console, saved);
    return result;
  } catch (error) {
    Object.assign(console, saved);
    throw error;
  }
}
