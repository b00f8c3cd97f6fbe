import { html, nothing } from 'lit-html';
import { api, asProblem, newKey, reach, Unreachable, type Problem, type Schemas } from '../api';
import { block } from '../markdown';
import type { Given } from '../questions';
import { hasRole } from '../session';
import { announce, heading, problemView, type Screen } from '../ui';
import { questionView } from './answering';
import { modeChoice, shownQuestions, storedMode, storeMode, type Mode } from './mode';
import { Responses } from './responses';
import { deliveryWords } from './quiz-settings';
import { remember } from './review';
import { requiresStart, startAttempt } from './start';

type Sheet = Schemas['AttemptRequest'];

interface Pending {
  key: string;
  sheet: Sheet;
}

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
  if (requiresStart(quiz.data.settings)) {
    return startAttempt(screen, quiz.data);
  }
  if (!questions.data) {
    return screen.failure('Quiz', asProblem(questions.error, questions.response));
  }
  const detail = quiz.data;
  const items = questions.data.questions;
  const version = questions.data.version;
  const pending = pendingStore.load(quizId);
  const answers = new Responses(pending?.sheet.quizVersion === version
    ? pending.sheet.answers.map(({ question, ...given }): [number, Given] => [question, given as Given]) : [], () => update());
  let mode: Mode = storedMode();
  let index = 0;
  let submitting = false;
  let problem: Problem | null = null;
  // A sheet sent but not confirmed: its answers stay as sent until the service has answered it.
  let unconfirmed = pending;
  const mustSignIn = !detail.settings.anonymous && !hasRole('learner');

  const sheet = (): Sheet => ({
    quizId,
    quizVersion: version,
    answers: answers.answers(items),
  });
  const showPoints = items.some((q) => q.type !== 'single' || q.points !== 1);

  async function submit() {
    const notNumbers = unconfirmed ? [] : answers.notNumbers(items);
    if (notNumbers.length) {
      problem = {
        type: 'about:blank', title: 'Some answers are not numbers', status: 0,
        detail: `Question ${notNumbers.map((q) => q.number).join(', ')}: write digits with a point, such as 3.14.`,
      };
      update();
      document.getElementById(`answer-${notNumbers[0].number}`)?.focus();
      return;
    }
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

  function go(to: number) {
    index = to;
    update();
    document.getElementById(`question-${items[index].number}-heading`)?.focus();
  }

  function switchMode(to: Mode) {
    mode = to;
    storeMode(to);
    update();
  }

  const question = (q: (typeof items)[number]) =>
    questionView(q, { responses: answers, total: items.length, locked: submitting || unconfirmed !== null, showPoints });

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
        ${detail.settings.maxAttempts !== null ? html` · at most ${detail.settings.maxAttempts} attempts each` : nothing}
        ${deliveryWords(detail.settings).map((words) => html` · ${words}`)}</p>
      ${mustSignIn ? html`<p class="notice">This quiz keeps attempts under your name: <a href="#/sign-in">sign in</a> as a learner to submit.</p>` : nothing}
      ${modeChoice(mode, switchMode)}
      <form @submit=${(e: Event) => { e.preventDefault(); void submit(); }} novalidate>
        ${shownQuestions(mode, items, index, question, go)}
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
