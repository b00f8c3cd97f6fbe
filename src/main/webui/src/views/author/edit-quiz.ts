import { html, nothing } from 'lit-html';
import { api, asProblem, reach, type Problem, type Schemas } from '../../api';
import { createStore } from '../../store';
import { formatDate, heading, type Screen } from '../../ui';
import { saveAs } from '../download';
import { authorsOnly, flashOnNextScreen, focus, FORMATS, FRESH, takeFlash, type Format } from './common';
import { authorWords } from '../quiz-settings';
import { act, EMPTY_DRAFT, sourceBody, sourceFields, violationsView, type Draft } from './source-form';

/** The current version, its ETag and its source: the text edited is the version If-Match names. */
interface Loaded {
  quiz: Schemas['QuizDetail'];
  etag: string;
  versions: Schemas['QuizVersionInfo'][];
  format: Format;
  text: string;
}

interface Editing extends Draft {
  quiz: Schemas['QuizDetail'];
  etag: string;
  versions: Schemas['QuizVersionInfo'][];
  /** Someone else published a newer version since this one was loaded (a 412). */
  conflict: boolean;
  confirmRetire: boolean;
  message: string | null;
}

async function load(quizId: string, format: Format): Promise<Loaded | Problem> {
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
  return {
    quiz: detail.data,
    etag: detail.response.headers.get('ETag') ?? '',
    versions: history.data ?? [],
    format,
    text: source.data,
  };
}

function versionsOf(quizId: string) {
  return reach(() => api.GET('/quizzes/{id}/versions', { params: { path: { id: quizId } }, ...FRESH }));
}

/** Edits a published quiz (with If-Match, so that two authors never overwrite each other), exports and retires it. */
export async function editQuiz(screen: Screen, quizId: string): Promise<void> {
  if (!authorsOnly(screen, 'Edit quiz')) {
    return;
  }
  screen.loading('Edit quiz');
  const message = takeFlash();
  const loaded = await load(quizId, FORMATS[0]);
  if (!('quiz' in loaded)) {
    return screen.failure('Edit quiz', loaded);
  }
  const store = createStore<Editing>({ ...EMPTY_DRAFT, ...loaded, conflict: false, confirmRetire: false, message },
    (state) => screen.refresh(view(state)));

  const publish = (event?: Event) => act(store, async () => {
    event?.preventDefault();
    store.set({ busy: true, message: null });
    const { data, error, response } = await reach(() => api.PUT('/quizzes/{id}', {
      params: { path: { id: quizId }, header: { 'If-Match': store.state.etag } },
      ...sourceBody(store.state),
    }));
    if (data) {
      const published = data.version !== store.state.quiz.version;
      // Staged before the versions are asked for: should that fail, the next publish still names this version.
      store.stage({
        busy: false, quiz: data, etag: response.headers.get('ETag') ?? store.state.etag, problem: null, conflict: false,
        message: published ? `Published version ${data.version}.` : `Nothing changed: version ${data.version} stays current.`,
      });
      store.set({ versions: (await versionsOf(quizId)).data ?? store.state.versions });
    } else if (response.status === 412) {
      store.set({ busy: false, conflict: true });
    } else {
      store.set({ busy: false, problem: asProblem(error, response) });
    }
    focus(store.state.conflict ? 'conflict' : store.state.problem ? 'problem' : 'saved');
  });

  /** Publishes this text on top of the version someone else published meanwhile. */
  const overwrite = () => act(store, async () => {
    const latest = await reach(() => api.GET('/quizzes/{id}', { params: { path: { id: quizId } }, ...FRESH }));
    store.stage({ etag: latest.response.headers.get('ETag') ?? store.state.etag });
    await publish();
  });

  /** Loads the published text (in another format, or someone else's newer version), dropping this one. */
  const reload = (format: Format) => act(store, async () => {
    const again = await load(quizId, format);
    if ('quiz' in again) {
      store.set({ ...again, problem: null, conflict: false, message: `Loaded version ${again.quiz.version} as ${format.name}.` });
      focus('saved');
    } else {
      store.set({ problem: again, message: null });
      focus('problem');
    }
  });

  const retire = () => act(store, async () => {
    const { error, response } = await reach(() => api.DELETE('/quizzes/{id}', {
      params: { path: { id: quizId }, header: { 'If-Match': store.state.etag } },
    }));
    if (response.status === 204) {
      flashOnNextScreen(`Retired ${store.state.quiz.title}. Its attempts stay readable.`);
      screen.go('#/author');
      return;
    }
    store.set(response.status === 412 ? { confirmRetire: false, conflict: true } : { confirmRetire: false, problem: asProblem(error, response) });
    focus(store.state.conflict ? 'conflict' : 'problem');
  });

  const exportAs = (format: Format) => act(store, async () => {
    const { response, error } = await reach(() => api.GET('/quizzes/{id}/source', {
      params: { path: { id: quizId } }, headers: { Accept: format.type }, parseAs: 'stream',
    }));
    if (!response.ok) {
      return store.set({ problem: asProblem(error, response) });
    }
    await saveAs(response, `${quizId}-v${store.state.quiz.version}.${format.extension}`);
  });

  function askToRetire(asking: boolean) {
    store.set({ confirmRetire: asking });
    focus(asking ? 'retire-confirm' : 'retire');
  }

  function view(state: Readonly<Editing>) {
    const { quiz } = state;
    return html`
      ${heading(`Edit ${quiz.title}`)}
      <p class="meta"><code>${quiz.id}</code> · version ${quiz.version} · ${quiz.questionCount} questions ·
        ${authorWords(quiz.settings).join(' · ')}
        · <a href="#/author/quizzes/${quiz.id}/questions">Add or edit a question in a form</a>
        · <a href="#/author/quizzes/${quiz.id}/statistics">Statistics</a></p>
      <div id="saved" tabindex="-1">${state.message ? html`<p class="success" role="status">${state.message}</p>` : nothing}</div>
      ${state.conflict ? html`<div class="conflict" role="alert" id="conflict" tabindex="-1">
        <p><strong>Someone else published a newer version while you were editing.</strong> Your text is still here.</p>
        <button type="button" @click=${() => reload(store.state.format)}>Load the newer version (drops your changes)</button>
        <button type="button" @click=${overwrite}>Publish mine on top of it</button>
      </div>` : nothing}
      <form class="stack" @submit=${publish}>
        ${sourceFields(store, reload, 'Edit as (loads the published text again)')}
        ${violationsView(state)}
        <div><button type="submit" class="primary" ?disabled=${state.busy}>${state.busy ? 'Publishing…' : 'Publish changes'}</button></div>
      </form>
      <h2>Export</h2>
      <ul class="buttons">${FORMATS.map((f) => html`<li><button type="button" @click=${() => exportAs(f)}>Download as ${f.name}</button></li>`)}</ul>
      <h2>Versions</h2>
      <table>
        <caption>Every published version of this quiz</caption>
        <thead><tr><th scope="col">Version</th><th scope="col">Published</th><th scope="col">By</th><th scope="col">Questions</th></tr></thead>
        <tbody>${state.versions.map((v) => html`<tr><td>${v.version}</td><td>${formatDate(v.publishedAt)}</td>
          <td>${v.publishedBy ?? 'bundled with the service'}</td><td>${v.questionCount}</td></tr>`)}</tbody>
      </table>
      <h2>Retire</h2>
      <p>A retired quiz leaves the list and takes no new attempts; every attempt already made stays readable.</p>
      ${state.confirmRetire ? html`<div class="confirm" role="group" aria-label="Confirm retiring">
          <p>Retire <strong>${quiz.title}</strong>?</p>
          <button type="button" class="danger" id="retire-confirm" @click=${retire}>Yes, retire it</button>
          <button type="button" @click=${() => askToRetire(false)}>Cancel</button>
        </div>`
        : html`<button type="button" class="danger" id="retire" @click=${() => askToRetire(true)}>Retire this quiz…</button>`}`;
  }

  screen.show(`Edit ${loaded.quiz.title}`, view(store.state));
}
