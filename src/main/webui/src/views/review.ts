import { html, nothing } from 'lit-html';
import { api, asProblem, reach, type Schemas } from '../api';
import { keptAttempt } from '../attempt/kept';
import { SIGNED_OUT } from '../session';
import { block } from '../markdown';
import { formatDate, heading, type Screen } from '../ui';
import { resultView } from './results';

type Result = Schemas['AttemptResult'];

/**
 * How an attempt in progress came to be graded other than by its Submit button: its time ran out,
 * or it was submitted on another device. {@code unsaved} are the places of the questions whose last
 * changes here never reached the service, so they are not in the result and the page says so.
 */
export interface HandedIn {
  reason: 'timeUp' | 'elsewhere';
  unsaved: number[];
}

/** What grading just answered, so the review needs no second request, and how the attempt was handed in. */
const justGraded = new Map<string, { result: Result; handedIn: HandedIn | null }>();

window.addEventListener(SIGNED_OUT, () => justGraded.clear());

export function remember(result: Result, handedIn: HandedIn | null = null): void {
  justGraded.set(result.id, { result, handedIn });
}

function handedInView(handedIn: HandedIn | null) {
  if (!handedIn) {
    return nothing;
  }
  const lost = handedIn.unsaved.length ? html`<p>Your last changes to question${handedIn.unsaved.length === 1 ? '' : 's'}
    ${handedIn.unsaved.join(', ')} did not reach the service in time and are not part of this result.</p>` : nothing;
  return handedIn.reason === 'timeUp'
    ? html`<div class="notice time-up" role="alert"><p><strong>Time is up.</strong> Your attempt was handed in with the answers
        saved by then.</p>${lost}</div>`
    : html`<div class="notice" role="alert"><p><strong>This attempt was submitted on another device.</strong></p>${lost}</div>`;
}

/** An attempt's review, as much of it as the quiz's settings show. */
export async function review(screen: Screen, attemptId: string): Promise<void> {
  screen.loading('Your result');
  const just = justGraded.get(attemptId);
  let result = just?.result;
  if (!result) {
    const { data, error, response } = await reach(() => api.GET('/attempts/{attemptId}', { params: { path: { attemptId } } }));
    if (!data) {
      return screen.failure('Your result', asProblem(error, response));
    }
    if ('state' in data) {
      // Still in progress: it is taken, not reviewed, on its quiz's screen.
      keptAttempt.set(data.quizId, data.id);
      return screen.go(`#/quizzes/${data.quizId}`);
    }
    result = data;
  }
  const graded = result;
  const version = { path: { id: graded.quizId }, query: { version: graded.quizVersion } };
  // A retired quiz no longer serves its texts; the attempt's own figures are still shown.
  const [quiz, questions] = await reach(() => Promise.all([
    api.GET('/quizzes/{id}', { params: version }),
    api.GET('/quizzes/{id}/questions', { params: version }),
  ]));
  const byNumber = new Map((questions.data?.questions ?? []).map((q) => [q.number, q]));
  const title = quiz.data ? `Your result: ${quiz.data.title}` : 'Your result';

  screen.show(title, html`
    ${heading(title)}
    ${handedInView(just?.handedIn ?? null)}
    <section class="score" aria-label="Score">
      <p class="big">${graded.score} of ${graded.maxScore} <span class="percent">(${graded.percent}%)</span></p>
      <p>You answered ${graded.answered} of ${graded.results?.length ?? quiz.data?.questionCount ?? graded.maxScore} questions · submitted ${formatDate(graded.submittedAt)}
        · quiz version ${graded.quizVersion}</p>
      ${graded.level ? html`<p><strong>Level: ${graded.level}</strong></p>
        <div class="markdown">${block(graded.recommendation ?? '')}</div>` : nothing}
    </section>
    ${graded.results ? html`<h2>Question by question</h2>
      <ol class="results">${graded.results.map((r) => resultView(r, byNumber.get(r.question)))}</ol>`
      : html`<p class="notice">The author of this quiz shows the score only.</p>`}
    <p><a href="#/quizzes/${graded.quizId}">Take this quiz again</a> · <a href="#/">All quizzes</a></p>`);
}
