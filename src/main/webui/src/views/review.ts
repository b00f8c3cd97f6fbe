import { html, nothing } from 'lit-html';
import { api, asProblem, reach, type Schemas } from '../api';
import { SIGNED_OUT } from '../session';
import { block } from '../markdown';
import { formatDate, heading, type Screen } from '../ui';
import { resultView } from './results';

type Result = Schemas['AttemptResult'];

/** What POST /attempts just answered, so the review needs no second request. */
const justGraded = new Map<string, Result>();

window.addEventListener(SIGNED_OUT, () => justGraded.clear());

export function remember(result: Result): void {
  justGraded.set(result.id, result);
}

/** An attempt's review, as much of it as the quiz's settings show. */
export async function review(screen: Screen, attemptId: string): Promise<void> {
  screen.loading('Your result');
  let result = justGraded.get(attemptId);
  if (!result) {
    const { data, error, response } = await reach(() => api.GET('/attempts/{attemptId}', { params: { path: { attemptId } } }));
    if (!data) {
      return screen.failure('Your result', asProblem(error, response));
    }
    if (!('submittedAt' in data)) {
      return screen.failure('Your result', { type: 'about:blank', title: 'Not submitted yet', status: 200,
        detail: 'This attempt is still in progress: it has no result yet.' });
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
    <section class="score" aria-label="Score">
      <p class="big">${graded.score} of ${graded.maxScore} <span class="percent">(${graded.percent}%)</span></p>
      <p>You answered ${graded.answered} of ${quiz.data?.questionCount ?? graded.maxScore} questions · submitted ${formatDate(graded.submittedAt)}
        · quiz version ${graded.quizVersion}</p>
      ${graded.level ? html`<p><strong>Level: ${graded.level}</strong></p>
        <div class="markdown">${block(graded.recommendation ?? '')}</div>` : nothing}
    </section>
    ${graded.results ? html`<h2>Question by question</h2>
      <ol class="results">${graded.results.map((r) => resultView(r, byNumber.get(r.question)))}</ol>`
      : html`<p class="notice">The author of this quiz shows the score only.</p>`}
    <p><a href="#/quizzes/${graded.quizId}">Take this quiz again</a> · <a href="#/">All quizzes</a></p>`);
}
