import { html, nothing } from 'lit-html';
import { live } from 'lit-html/directives/live.js';
import { api, asProblem, reach, Unreachable, type Problem, type Schemas } from '../api';
import { managesQuizzes } from '../session';
import { announce, formatDate, heading, PAGE_SIZE, pager, type Screen, unreachable } from '../ui';
import { saveAs } from './download';

interface Format {
  type: string;
  name: string;
  extension: string;
  readable: boolean;
}

/** The source formats of the API: the first three are read and written, the last two only written. */
const FORMATS: Format[] = [
  { type: 'text/markdown', name: 'Native document', extension: 'md', readable: true },
  { type: 'application/json', name: 'JSON', extension: 'json', readable: true },
  { type: 'text/x-gift', name: 'Moodle GIFT', extension: 'gift', readable: true },
  { type: 'application/xml', name: 'Moodle XML', extension: 'xml', readable: false },
  { type: 'application/zip', name: 'QTI 3.0 package', extension: 'zip', readable: false },
];

/**
 * Authors always see what is published now: their reads revalidate instead of taking the minute a
 * current version may be cached for, which would also hand If-Match a stale tag.
 */
const FRESH = { cache: 'no-cache' } as const;

/** Said on the next author screen, after a navigation. */
let flash: string | null = null;

function authorsOnly(screen: Screen, title: string): boolean {
  if (managesQuizzes()) {
    return true;
  }
  screen.show(title, html`${heading(title)}<p>This part is for quiz authors: <a href="#/sign-in">sign in</a> with an author's or an admin's token.</p>`);
  return false;
}

function flashView() {
  const message = flash;
  flash = null;
  return message ? html`<p class="success" role="status">${message}</p>` : nothing;
}

/** The authors' start: the published quizzes, a page at a time, and a new one. */
export async function authorHome(screen: Screen, page: number): Promise<void> {
  if (!authorsOnly(screen, 'Author')) {
    return;
  }
  screen.loading('Author');
  const { data, error, response } = await reach(() => api.GET('/quizzes', { params: { query: { page, size: PAGE_SIZE } }, ...FRESH }));
  if (!data) {
    return screen.failure('Author', asProblem(error, response));
  }
  screen.show('Author', html`
    ${heading('Author')}
    ${flashView()}
    <p><a class="button primary" href="#/author/new">Publish a new quiz</a></p>
    <table>
      <caption>Published quizzes</caption>
      <thead><tr><th scope="col">Quiz</th><th scope="col">Id</th><th scope="col">Version</th><th scope="col">Questions</th><th scope="col">Manage</th></tr></thead>
      <tbody>${data.items.map((quiz) => html`<tr>
        <td>${quiz.title}</td><td><code>${quiz.id}</code></td><td>${quiz.version}</td><td>${quiz.questionCount}</td>
        <td><a href="#/author/quizzes/${quiz.id}">Edit<span class="visually-hidden"> ${quiz.title}</span></a> ·
          <a href="#/author/quizzes/${quiz.id}/statistics">Statistics<span class="visually-hidden"> of ${quiz.title}</span></a></td>
      </tr>`)}</tbody>
    </table>
    ${pager('Pages of published quizzes', '/author', page, data.total)}`);
}

interface Draft {
  format: Format;
  text: string;
  problem: Problem | null;
  busy: boolean;
}

/**
 * Runs what a button does; when the service cannot be reached, that is shown as the draft's problem
 * and the form is usable again, instead of a button left busy.
 */
async function act(draft: Draft, update: () => void, work: () => Promise<void>): Promise<void> {
  try {
    await work();
  } catch (failed) {
    if (!(failed instanceof Unreachable)) {
      throw failed;
    }
    draft.problem = unreachable(failed);
    draft.busy = false;
    update();
    document.getElementById('problem')?.focus();
  }
}

/** The document's problems beside the lines they name, each with a way to jump to its line. */
function violationsView(draft: Draft) {
  const violations = draft.problem?.violations;
  if (!draft.problem) {
    return nothing;
  }
  const lines = draft.text.split('\n');
  return html`<div class="problem" role="alert" id="problem">
    <p><strong>${draft.problem.title}</strong>${draft.problem.detail ? html`: ${draft.problem.detail}` : nothing}</p>
    ${violations?.length ? html`<ol class="violations">${violations.map((v) => {
      const line = /^line (\d+)$/.exec(v.field);
      const number = line ? Number(line[1]) : null;
      return html`<li>
        <span class="field">${v.field}</span>: ${v.message}
        ${number !== null && number <= lines.length ? html`
          <pre class="source-line"><span class="line-number" aria-hidden="true">${number}</span> ${lines[number - 1]}</pre>
          <button type="button" class="link" @click=${() => selectLine(number)}>Go to line ${number}</button>` : nothing}
      </li>`;
    })}</ol>` : nothing}
    ${draft.problem.truncated ? html`<p>…and ${(draft.problem.violationCount ?? 0) - (violations?.length ?? 0)} more.</p>` : nothing}
  </div>`;
}

function selectLine(number: number) {
  const area = document.getElementById('source') as HTMLTextAreaElement;
  const lines = area.value.split('\n');
  const start = lines.slice(0, number - 1).reduce((sum, line) => sum + line.length + 1, 0);
  area.focus();
  area.setSelectionRange(start, start + (lines[number - 1]?.length ?? 0));
}

function formatOf(file: File): Format {
  const extension = file.name.split('.').pop()?.toLowerCase();
  return FORMATS.find((f) => f.readable && f.extension === extension)
    ?? (extension === 'txt' && file.type !== 'text/x-gift' ? FORMATS[0] : FORMATS.find((f) => f.type === file.type && f.readable) ?? FORMATS[0]);
}

function sourceFields(draft: Draft, update: () => void, chooseFormat = (f: Format) => { draft.format = f; update(); }, legend = 'Format') {
  return html`
    <fieldset class="inline">
      <legend>${legend}</legend>
      ${FORMATS.filter((f) => f.readable).map((f) => html`<label>
        <input type="radio" name="format" value=${f.type} .checked=${draft.format === f}
          @change=${() => chooseFormat(f)}> ${f.name}</label>`)}
    </fieldset>
    <div class="stack">
      <label for="upload">Upload a file (.md, .txt, .json, .gift)</label>
      <input id="upload" type="file" accept=".md,.txt,.json,.gift,text/markdown,application/json,text/plain"
        @change=${async (e: Event) => {
          const file = (e.target as HTMLInputElement).files?.[0];
          if (file) {
            draft.text = await file.text();
            draft.format = formatOf(file);
            draft.problem = null;
            update();
            announce(`Read ${file.name} as ${draft.format.name}.`);
          }
        }}>
    </div>
    <div class="stack">
      <label for="source">Document</label>
      <textarea id="source" rows="20" spellcheck="false" .value=${live(draft.text)}
        aria-invalid=${draft.problem?.violations?.length ? 'true' : 'false'}
        aria-describedby=${draft.problem ? 'problem' : nothing}
        @input=${(e: Event) => { draft.text = (e.target as HTMLTextAreaElement).value; }}></textarea>
    </div>`;
}

/** A text body in the chosen format, sent as it is. */
function sourceBody(draft: Draft) {
  return {
    body: draft.text,
    bodySerializer: (body: unknown) => String(body),
    headers: { 'Content-Type': `${draft.format.type}; charset=utf-8` },
  };
}

/** Publishes a new quiz from a pasted or uploaded document. */
export function newQuiz(screen: Screen): void {
  if (!authorsOnly(screen, 'Publish a new quiz')) {
    return;
  }
  const draft: Draft = { format: FORMATS[0], text: '', problem: null, busy: false };
  let id = '';

  const publish = (event: Event) => act(draft, update, async () => {
    event.preventDefault();
    draft.busy = true;
    update();
    const { data, error, response } = await reach(() => api.POST('/quizzes', {
      params: { query: id ? { id } : {} },
      ...sourceBody(draft),
    }));
    draft.busy = false;
    if (data) {
      flash = `Published ${data.title} as version ${data.version}.`;
      screen.go(`#/author/quizzes/${data.id}`);
      return;
    }
    draft.problem = asProblem(error, response);
    update();
    document.getElementById('problem')?.focus();
  });

  const view = () => html`
    ${heading('Publish a new quiz')}
    <form class="stack" @submit=${publish}>
      ${sourceFields(draft, update)}
      <div class="stack">
        <label for="quiz-id">Quiz id, when the document names none (GIFT never does)</label>
        <input id="quiz-id" type="text" pattern="[a-z0-9][a-z0-9\\-]{0,63}" autocomplete="off" spellcheck="false"
          .value=${id} @input=${(e: Event) => { id = (e.target as HTMLInputElement).value.trim(); }}>
      </div>
      ${violationsView(draft)}
      <div><button type="submit" class="primary" ?disabled=${draft.busy}>${draft.busy ? 'Publishing…' : 'Publish'}</button></div>
    </form>`;

  function update() {
    screen.refresh(view());
  }

  screen.show('Publish a new quiz', view());
}

/** Edits a published quiz (with If-Match, so that two authors never overwrite each other), exports and retires it. */
export async function editQuiz(screen: Screen, quizId: string): Promise<void> {
  if (!authorsOnly(screen, 'Edit quiz')) {
    return;
  }
  screen.loading('Edit quiz');
  const draft: Draft = { format: FORMATS[0], text: '', problem: null, busy: false };
  let quiz: Schemas['QuizDetail'];
  let etag = '';
  let versions: Schemas['QuizVersionInfo'][] = [];
  let conflict = false;
  let confirmRetire = false;
  let message: string | null = flash;
  flash = null;

  /** The current version, its ETag and its source: the text edited is the version If-Match names. */
  async function load(format: Format): Promise<Problem | null> {
    const detail = await reach(() => api.GET('/quizzes/{id}', { params: { path: { id: quizId } }, ...FRESH }));
    if (!detail.data) {
      return asProblem(detail.error, detail.response);
    }
    const [source, history] = await reach(() => Promise.all([
      api.GET('/quizzes/{id}/source', {
        params: { path: { id: quizId }, query: { version: detail.data.version } }, headers: { Accept: format.type }, parseAs: 'text',
      }),
      api.GET('/quizzes/{id}/versions', { params: { path: { id: quizId } }, ...FRESH }),
    ]));
    if (source.data === undefined) {
      return asProblem(source.error, source.response);
    }
    quiz = detail.data;
    etag = detail.response.headers.get('ETag') ?? '';
    versions = history.data ?? [];
    draft.format = format;
    draft.text = source.data;
    draft.problem = null;
    conflict = false;
    return null;
  }

  const publish = (event?: Event) => act(draft, update, async () => {
    event?.preventDefault();
    draft.busy = true;
    message = null;
    update();
    const { data, error, response } = await reach(() => api.PUT('/quizzes/{id}', {
      params: { path: { id: quizId }, header: { 'If-Match': etag } },
      ...sourceBody(draft),
    }));
    draft.busy = false;
    if (data) {
      const published = data.version !== quiz.version;
      quiz = data;
      etag = response.headers.get('ETag') ?? etag;
      draft.problem = null;
      conflict = false;
      message = published ? `Published version ${data.version}.` : `Nothing changed: version ${data.version} stays current.`;
      versions = (await reach(() => api.GET('/quizzes/{id}/versions', { params: { path: { id: quizId } }, ...FRESH }))).data ?? versions;
    } else if (response.status === 412) {
      conflict = true;
    } else {
      draft.problem = asProblem(error, response);
    }
    update();
    document.getElementById(conflict ? 'conflict' : draft.problem ? 'problem' : 'saved')?.focus();
  });

  /** Publishes this text on top of the version someone else published meanwhile. */
  const overwrite = () => act(draft, update, async () => {
    const latest = await reach(() => api.GET('/quizzes/{id}', { params: { path: { id: quizId } }, ...FRESH }));
    etag = latest.response.headers.get('ETag') ?? etag;
    await publish();
  });

  /** Loads the published text (in another format, or someone else's newer version), dropping this one. */
  const reload = (format: Format) => act(draft, update, async () => {
    const problem = await load(format);
    draft.problem = problem;
    message = problem ? null : `Loaded version ${quiz.version} as ${format.name}.`;
    update();
    document.getElementById(problem ? 'problem' : 'saved')?.focus();
  });

  const retire = () => act(draft, update, async () => {
    const { error, response } = await reach(() => api.DELETE('/quizzes/{id}', { params: { path: { id: quizId }, header: { 'If-Match': etag } } }));
    if (response.status === 204) {
      flash = `Retired ${quiz.title}. Its attempts stay readable.`;
      screen.go('#/author');
      return;
    }
    confirmRetire = false;
    if (response.status === 412) {
      conflict = true;
    } else {
      draft.problem = asProblem(error, response);
    }
    update();
    document.getElementById(conflict ? 'conflict' : 'problem')?.focus();
  });

  const exportAs = (format: Format) => act(draft, update, async () => {
    const { response, error } = await reach(() => api.GET('/quizzes/{id}/source', {
      params: { path: { id: quizId } }, headers: { Accept: format.type }, parseAs: 'stream',
    }));
    if (!response.ok) {
      draft.problem = asProblem(error, response);
      return update();
    }
    await saveAs(response, `${quizId}-v${quiz.version}.${format.extension}`);
  });

  function askToRetire(asking: boolean) {
    confirmRetire = asking;
    update();
    document.getElementById(asking ? 'retire-confirm' : 'retire')?.focus();
  }

  const view = () => html`
    ${heading(`Edit ${quiz.title}`)}
    <p class="meta"><code>${quiz.id}</code> · version ${quiz.version} · ${quiz.questionCount} questions ·
      review: ${quiz.settings.review} · ${quiz.settings.anonymous ? 'anonymous' : 'learners sign in'}
      ${quiz.settings.maxAttempts !== null ? html` · at most ${quiz.settings.maxAttempts} attempts` : nothing}
      · <a href="#/author/quizzes/${quiz.id}/statistics">Statistics</a></p>
    <div id="saved" tabindex="-1">${message ? html`<p class="success" role="status">${message}</p>` : nothing}</div>
    ${conflict ? html`<div class="conflict" role="alert" id="conflict" tabindex="-1">
      <p><strong>Someone else published a newer version while you were editing.</strong> Your text is still here.</p>
      <button type="button" @click=${() => reload(draft.format)}>Load the newer version (drops your changes)</button>
      <button type="button" @click=${overwrite}>Publish mine on top of it</button>
    </div>` : nothing}
    <form class="stack" @submit=${publish}>
      ${sourceFields(draft, update, reload, 'Edit as (loads the published text again)')}
      ${violationsView(draft)}
      <div><button type="submit" class="primary" ?disabled=${draft.busy}>${draft.busy ? 'Publishing…' : 'Publish changes'}</button></div>
    </form>
    <h2>Export</h2>
    <ul class="buttons">${FORMATS.map((f) => html`<li><button type="button" @click=${() => exportAs(f)}>Download as ${f.name}</button></li>`)}</ul>
    <h2>Versions</h2>
    <table>
      <caption>Every published version of this quiz</caption>
      <thead><tr><th scope="col">Version</th><th scope="col">Published</th><th scope="col">By</th><th scope="col">Questions</th></tr></thead>
      <tbody>${versions.map((v) => html`<tr><td>${v.version}</td><td>${formatDate(v.publishedAt)}</td>
        <td>${v.publishedBy ?? 'bundled with the service'}</td><td>${v.questionCount}</td></tr>`)}</tbody>
    </table>
    <h2>Retire</h2>
    <p>A retired quiz leaves the list and takes no new attempts; every attempt already made stays readable.</p>
    ${confirmRetire ? html`<div class="confirm" role="group" aria-label="Confirm retiring">
        <p>Retire <strong>${quiz.title}</strong>?</p>
        <button type="button" class="danger" id="retire-confirm" @click=${retire}>Yes, retire it</button>
        <button type="button" @click=${() => askToRetire(false)}>Cancel</button>
      </div>`
      : html`<button type="button" class="danger" id="retire" @click=${() => askToRetire(true)}>Retire this quiz…</button>`}`;

  function update() {
    screen.refresh(view());
  }

  const problem = await load(FORMATS[0]);
  if (problem) {
    return screen.failure('Edit quiz', problem);
  }
  screen.show(`Edit ${quiz!.title}`, view());
}
