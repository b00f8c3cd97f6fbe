import { html, nothing } from 'lit-html';
import { api, asProblem, reach, Unreachable, type Problem, type Schemas } from '../../api';
import { plain } from '../../markdown';
import { TYPE_NAMES, type QuestionType } from '../../questions';
import { createStore } from '../../store';
import { heading, problemView, unreachable, type Screen } from '../../ui';
import { authorsOnly, focus, FRESH } from './common';
import { emptyDraft, fitGuide, fromSource, toSource, type QuestionDraft, type Source } from './question-draft';
import { questionForm } from './question-form';

interface Loaded {
  quiz: Schemas['QuizDetail'];
  etag: string;
  /** The current version's JSON source, which a published question goes back into. */
  document: Source;
}

interface Editing extends Loaded {
  draft: QuestionDraft | null;
  adding: boolean;
  busy: boolean;
  problem: Problem | null;
  conflict: boolean;
  message: string | null;
}

const JSON_TYPE = 'application/json';

async function load(quizId: string): Promise<Loaded | Problem> {
  const detail = await reach(() => api.GET('/quizzes/{id}', { params: { path: { id: quizId } }, ...FRESH }));
  if (!detail.data) {
    return asProblem(detail.error, detail.response);
  }
  const source = await reach(() => api.GET('/quizzes/{id}/source', {
    params: { path: { id: quizId }, query: { version: detail.data.version } }, headers: { Accept: JSON_TYPE }, parseAs: 'text',
  }));
  if (source.data === undefined) {
    return asProblem(source.error, source.response);
  }
  return { quiz: detail.data, etag: detail.response.headers.get('ETag') ?? '', document: JSON.parse(source.data) as Source };
}

const questionsOf = (document: Source) => (Array.isArray(document.questions) ? (document.questions as Source[]) : []);

/**
 * Adds a question of any type to a published quiz, or edits one, in a form; publishing puts the
 * quiz's JSON source back with the question in it, with If-Match, as the document editor does.
 */
export async function editQuestions(screen: Screen, quizId: string): Promise<void> {
  if (!authorsOnly(screen, 'Questions')) {
    return;
  }
  screen.loading('Questions');
  const loaded = await load(quizId);
  if (!('quiz' in loaded)) {
    return screen.failure('Questions', loaded);
  }
  const store = createStore<Editing>({ ...loaded, draft: null, adding: false, busy: false, problem: null, conflict: false, message: null },
    (state) => screen.refresh(view(state)));
  const rerender = () => store.set({});

  function open(draft: QuestionDraft, adding: boolean) {
    store.set({ draft, adding, problem: null, message: null });
    focus('question-editor-heading');
  }

  function changeType(type: QuestionType) {
    const draft = store.state.draft!;
    store.set({ draft: emptyDraft(type, draft.number, type === 'single' || type === 'multiple' ? draft : { ...draft, choices: [] }) });
  }

  async function publish(event: Event) {
    event.preventDefault();
    const { draft, adding, document } = store.state;
    const question = toSource(draft!);
    const questions = adding ? [...questionsOf(document), question]
      : questionsOf(document).map((q) => (Number(q.number) === draft!.number ? question : q));
    const fitted = fitGuide(document, questions);
    store.set({ busy: true, problem: null, conflict: false, message: null });
    try {
      const { data, error, response } = await reach(() => api.PUT('/quizzes/{id}', {
        params: { path: { id: quizId }, header: { 'If-Match': store.state.etag } },
        body: JSON.stringify(fitted.document, null, 2),
        bodySerializer: (body: unknown) => String(body),
        headers: { 'Content-Type': `${JSON_TYPE}; charset=utf-8` },
      }));
      if (data) {
        const unchanged = data.version === store.state.quiz.version;
        const again = await load(quizId);
        store.set({ ...('quiz' in again ? again : { quiz: data }), busy: false, draft: null,
          message: unchanged ? `Nothing changed: version ${data.version} stays current.`
            : `Published version ${data.version} with question ${draft!.number}.${fitted.stretched
              ? ` The scoring guide follows the new maximum score: ${fitted.stretched}.` : ''}` });
        focus('saved');
      } else if (response.status === 412) {
        store.set({ busy: false, conflict: true });
        focus('conflict');
      } else {
        store.set({ busy: false, problem: asProblem(error, response) });
        focus('problem');
      }
    } catch (failed) {
      if (!(failed instanceof Unreachable)) {
        throw failed;
      }
      store.set({ busy: false, problem: unreachable(failed) });
      focus('problem');
    }
  }

  /** Someone else published meanwhile: their version is loaded, and the question being edited stays open on top of it. */
  async function reload() {
    const again = await load(quizId);
    if ('quiz' in again) {
      store.set({ ...again, conflict: false, message: `Loaded version ${again.quiz.version}; publish again to put your question in it.` });
      focus('saved');
    } else {
      store.set({ problem: again });
      focus('problem');
    }
  }

  const list = (state: Readonly<Editing>) => {
    const questions = questionsOf(state.document);
    const next = Math.max(0, ...questions.map((q) => Number(q.number))) + 1;
    return html`
      <p><button type="button" class="primary" @click=${() => open(emptyDraft('single', next), true)}>Add a question</button></p>
      <div class="scroll"><table>
        <caption>The questions of version ${state.quiz.version}</caption>
        <thead><tr><th scope="col">Number</th><th scope="col">Type</th><th scope="col">Points</th><th scope="col">Text</th><th scope="col">Edit</th></tr></thead>
        <tbody>${questions.map((q) => html`<tr>
          <td>${q.number}</td><td>${TYPE_NAMES[(q.type ?? 'single') as QuestionType] ?? q.type}</td><td>${q.points ?? 1}</td>
          <td>${plain(String(q.text ?? '')).slice(0, 80)}</td>
          <td><button type="button" @click=${() => open(fromSource(q), false)}>Edit question ${q.number}</button></td>
        </tr>`)}</tbody>
      </table></div>`;
  };

  const editor = (state: Readonly<Editing>, draft: QuestionDraft) => html`
    <form class="stack question-editor" aria-labelledby="question-editor-heading" @submit=${publish}>
      <h2 id="question-editor-heading" tabindex="-1">${state.adding ? `New question ${draft.number}` : `Edit question ${draft.number}`}</h2>
      ${questionForm(draft, rerender, changeType)}
      ${problemView(state.problem)}
      <div class="buttons">
        <button type="submit" class="primary" ?disabled=${state.busy}>${state.busy ? 'Publishing…' : 'Publish question'}</button>
        <button type="button" @click=${() => store.set({ draft: null, problem: null })}>Cancel</button>
      </div>
    </form>`;

  function view(state: Readonly<Editing>) {
    return html`
      ${heading(`Questions of ${state.quiz.title}`)}
      <p class="meta"><code>${state.quiz.id}</code> · version ${state.quiz.version} ·
        <a href="#/author/quizzes/${state.quiz.id}">Edit the whole document</a></p>
      <div id="saved" tabindex="-1">${state.message ? html`<p class="success" role="status">${state.message}</p>` : nothing}</div>
      ${state.conflict ? html`<div class="conflict" role="alert" id="conflict" tabindex="-1">
        <p><strong>Someone else published a newer version while you were editing.</strong> Your question is still here.</p>
        <button type="button" @click=${reload}>Load the newer version and keep my question</button>
      </div>` : nothing}
      ${state.draft ? editor(state, state.draft) : html`${problemView(state.problem)}${list(state)}`}`;
  }

  screen.show(`Questions of ${loaded.quiz.title}`, view(store.state));
}
