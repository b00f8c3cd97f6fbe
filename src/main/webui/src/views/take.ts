import { html, nothing } from 'lit-html';
import { keyed } from 'lit-html/directives/keyed.js';
import { live } from 'lit-html/directives/live.js';
import { api, asProblem, newKey, reach, Unreachable, type Problem, type Schemas } from '../api';
import { block, inline } from '../markdown';
import { hasRole } from '../session';
import { announce, heading, problemView, type Screen } from '../ui';
import { remember } from './review';

type Mode = 'one' | 'all';
type Sheet = Schemas['AttemptRequest'];

interface Pending {
  key: string;
  sheet: Sheet;
}

const MODE_KEY = 'quizbank.mode';

/**
 * A submission waiting for its answer, kept in the tab's storage with its Idempotency-Key: a retry
 * after a network error, or after a reload, sends the same key, so the service stores the attempt once.
 */
const pendingStore = {
  key: (quizId: string) => `quizbank.pending.${quizId}`,
  load(quizId: string): Pending | null {
    const saved = sessionStorage.getItem(this.key(quizId));
    return saved ? (JSON.parse(saved) as Pending) : null;
  },
  save(quizId: string, pending: Pending) {
    sessionStorage.setItem(this.key(quizId), JSON.stringify(pending));
  },
  clear(quizId: string) {
    sessionStorage.removeItem(this.key(quizId));
  },
};

/** Takes a quiz: one question per screen or all on one page, then submits the sheet. */
export async function takeQuiz(screen: Screen, quizId: string): Promise<void> {
  screen.loading('Quiz');
  const [quiz, questions] = await reach(() => Promise.all([
    api.GET('/quizzes/{id}', { params: { path: { id: quizId } } }),
    api.GET('/quizzes/{id}/questions', { params: { path: { id: quizId } } }),
  ]));
  if (!quiz.data) {
    return screen.failure('Quiz', asProblem(quiz.error, quiz.response));
  }
  if (!questions.data) {
    return screen.failure('Quiz', asProblem(questions.error, questions.response));
  }
  const detail = quiz.data;
  const items = questions.data.questions;
  const version = questions.data.version;
  const pending = pendingStore.load(quizId);
  const answers = new Map<number, string>(
    pending?.sheet.quizVersion === version ? pending.sheet.answers.flatMap((a): [number, string][] => 'choice' in a ? [[a.question, a.choice]] : []) : []);
  let mode: Mode = localStorage.getItem(MODE_KEY) === 'all' ? 'all' : 'one';
  let index = 0;
  let submitting = false;
  let problem: Problem | null = null;
  // A sheet sent but not confirmed: its answers stay as sent until the service has answered it.
  let unconfirmed = pending;
  const mustSignIn = !detail.settings.anonymous && !hasRole('learner');

  const sheet = (): Sheet => ({
    quizId,
    quizVersion: version,
    answers: items.filter((q) => answers.has(q.number)).map((q) => ({ question: q.number, choice: answers.get(q.number)! })),
  });

  async function submit() {
    const attempt: Pending = unconfirmed ?? { key: newKey(), sheet: sheet() };
    pendingStore.save(quizId, attempt);
    submitting = true;
    problem = null;
    update();
    try {
      const { data, error, response } = await reach(() => api.POST('/attempts', {
        body: attempt.sheet,
        params: { header: { 'Idempotency-Key': attempt.key } },
      }));
      if (data) {
        pendingStore.clear(quizId);
        remember(data);
        screen.go(`#/attempts/${data.id}`);
        return;
      }
      problem = asProblem(error, response);
      // Still being graded (409), timed out or failed on the way (408, 5xx): the outcome is open, and
      // sending the same sheet with the same key again replays it. Any other refusal is final.
      if (response.status === 409 || response.status === 408 || response.status >= 500) {
        unconfirmed = attempt;
      } else {
        unconfirmed = null;
        pendingStore.clear(quizId);
      }
    } catch (failed) {
      if (!(failed instanceof Unreachable)) {
        throw failed;
      }
      unconfirmed = attempt;
    }
    submitting = false;
    update();
    document.getElementById('submission-status')?.focus();
  }

  function choose(question: number, key: string) {
    answers.set(question, key);
    update();
  }

  function go(to: number) {
    index = to;
    update();
    document.getElementById(`question-${items[index].number}-heading`)?.focus();
  }

  function switchMode(to: Mode) {
    mode = to;
    localStorage.setItem(MODE_KEY, to);
    update();
  }

  const questionView = (q: Schemas['QuestionView']) => html`
    <fieldset class="question" id="question-${q.number}">
      <legend><h2 id="question-${q.number}-heading" tabindex="-1">Question ${q.number} of ${items.length}</h2></legend>
      <div class="markdown question-text" id="question-${q.number}-text">${block(q.text)}</div>
      <div class="choices">
        ${('choices' in q ? q.choices : []).map((c) => html`
          <label class="choice">
            <input type="radio" name="question-${q.number}" value=${c.key}
              .checked=${live(answers.get(q.number) === c.key)} ?disabled=${submitting || unconfirmed !== null}
              @change=${() => choose(q.number, c.key)}>
            <span class="key">${c.key}</span> <span class="choice-text">${inline(c.text)}</span>
          </label>`)}
      </div>
    </fieldset>`;

  const status = () => html`
    <div id="submission-status" tabindex="-1">
      ${unconfirmed && !problem ? html`<div class="problem" role="alert">
        <p><strong>Your answers were not confirmed.</strong> The service could not be reached. Your answers are kept
          in this tab as you sent them; trying again will not count them twice.</p>
      </div>` : nothing}
      ${problemView(problem)}
    </div>`;

  const actions = () => html`
    <div class="actions">
      <p>You have answered ${answers.size} of ${items.length} questions.</p>
      <button type="submit" class="primary" ?disabled=${submitting || mustSignIn}>
        ${submitting ? 'Submitting…' : unconfirmed ? 'Try again' : 'Submit answers'}</button>
    </div>`;

  function view() {
    return html`
      ${heading(detail.title)}
      <div class="markdown">${block(detail.description)}</div>
      <p class="meta">Chapter ${detail.chapter} · ${items.length} questions · version ${version}
        ${detail.settings.maxAttempts !== null ? html` · at most ${detail.settings.maxAttempts} attempts each` : nothing}</p>
      ${mustSignIn ? html`<p class="notice">This quiz keeps attempts under your name: <a href="#/sign-in">sign in</a> as a learner to submit.</p>` : nothing}
      <fieldset class="mode">
        <legend>Show</legend>
        <label><input type="radio" name="mode" .checked=${mode === 'one'} @change=${() => switchMode('one')}> One question at a time</label>
        <label><input type="radio" name="mode" .checked=${mode === 'all'} @change=${() => switchMode('all')}> All questions</label>
      </fieldset>
      <form @submit=${(e: Event) => { e.preventDefault(); void submit(); }} novalidate>
        ${mode === 'all' ? items.map(questionView) : html`
          ${keyed(items[index].number, questionView(items[index]))}
          <nav class="stepper" aria-label="Questions">
            <button type="button" ?disabled=${index === 0} @click=${() => go(index - 1)}>Previous question</button>
            <button type="button" ?disabled=${index === items.length - 1} @click=${() => go(index + 1)}>Next question</button>
          </nav>`}
        ${status()}
        ${actions()}
      </form>`;
  }

  function update() {
    screen.refresh(view());
  }

  screen.show(detail.title, view());
  if (unconfirmed) {
    announce('An earlier submission of this quiz was not confirmed; submit again to finish it.');
  }
}
