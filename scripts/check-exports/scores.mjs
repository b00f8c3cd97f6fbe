// Scores every response of responses.json with the response processing of its item in quiz.zip, run by the
// QTI 3 engine @citolab/qti-components, and compares SCORE ÷ MAXSCORE with the fraction the service grades
// the response with (Scoring, rounded to four places half-even): a difference beyond that rounding fails.
import { strFromU8, unzipSync } from 'fflate';

import { Findings } from './compare.mjs';
import { qtiEngine } from './qti.mjs';

/** Half a unit of the service's fourth place, and a hair for binary floating point. */
const ROUNDING = 0.00005 + 1e-9;

export async function checkScores(bytes, expected) {
  const findings = new Findings();
  let entries;
  try {
    entries = unzipSync(new Uint8Array(bytes));
  } catch (error) {
    findings.fail(`not a zip: ${error.message}`);
    return { problems: findings.problems };
  }
  const engine = await qtiEngine();
  let scored = 0;
  for (const item of expected.items) {
    const path = `items/${item.identifier}.xml`;
    if (!(path in entries)) {
      findings.fail(`${path} is not in the package`);
      continue;
    }
    const where = `${path} (${item.type})`;
    let loaded;
    try {
      loaded = await engine.load(strFromU8(entries[path]));
      for (const { label, response, fraction } of item.responses) {
        const [score, max] = quietly(() => everyDigit(() => {
          loaded.item.updateResponseVariable('RESPONSE', response);
          loaded.item.processResponse();
          return ['SCORE', 'MAXSCORE'].map((outcome) => Number(loaded.item.getOutcome(outcome)?.value));
        }));
        scored++;
        findings.same(`${where}: MAXSCORE`, Number(item.points), max);
        if (!(Math.abs(score / max - Number(fraction)) <= ROUNDING)) {
          findings.fail(`${where}: ${label} (${JSON.stringify(response)}) scores ${score} of ${max} in qti-components,`
            + ` the service grades it ${fraction}`);
        }
      }
    } catch (error) {
      findings.fail(`${where}: qti-components failed: ${error.message}`);
    } finally {
      loaded?.remove();
    }
    loaded?.errors().forEach((error) => findings.fail(`${where}: qti-components: ${error}`));
  }
  return {
    summary: `${scored} responses to ${expected.items.length} QTI 3 items score in @citolab/qti-components as the service grades them`,
    problems: findings.problems,
  };
}

/**
 * qti-components stores the value of every qti-set-outcome-value through Number.toLocaleString, which keeps
 * three decimals and groups thousands (1/3 becomes "0.333", 1000 "1,000"); a QTI float is a double. While it
 * processes a response, numbers are written with every digit, as String(number) writes them.
 */
function everyDigit(action) {
  const localised = Number.prototype.toLocaleString;
  Number.prototype.toLocaleString = function toLocaleString() {
    return String(this);
  };
  try {
    return action();
  } finally {
    Number.prototype.toLocaleString = localised;
  }
}

/** The engine logs its expression evaluation to the console; the checker's output is its findings. */
function quietly(action) {
  const saved = { log: console.log, debug: console.debug, info: console.info, error: console.error };
  const logged = [];
  console.log = console.debug = console.info = () => {};
  console.error = (...args) => logged.push(args.join(' '));
  try {
    return action();
  } finally {
    Object.assign(console, saved);
    if (logged.length > 0) {
      throw new Error(`the engine reports: ${logged.slice(0, 3).join('; ')}`);
    }
  }
}
