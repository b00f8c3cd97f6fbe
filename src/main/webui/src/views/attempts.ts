import { html } from 'lit-html';
import { api, asProblem, reach } from '../api';
import { hasRole, identity } from '../session';
import { formatDate, heading, PAGE_SIZE, pager, plural, type Screen } from '../ui';

/** A learner's own attempts, newest first; an author sees everyone's. */
export async function attemptList(screen: Screen, page: number): Promise<void> {
  const title = hasRole('author') ? 'All attempts' : 'My attempts';
  if (!identity()) {
    return screen.show(title, html`${heading(title)}<p><a href="#/sign-in">Sign in</a> to see your attempts.</p>`);
  }
  screen.loading(title);
  const { data, error, response } = await reach(() => api.GET('/attempts', { params: { query: { page, size: PAGE_SIZE } } }));
  if (!data) {
    return screen.failure(title, asProblem(error, response));
  }
  screen.show(title, html`
    ${heading(title)}
    ${data.total === 0 ? html`<p>No attempt yet. <a href="#/">Pick a quiz</a>.</p>` : html`
      <table>
        <caption>${plural(data.total, 'attempt')}, newest first</caption>
        <thead><tr><th scope="col">Quiz</th><th scope="col">Submitted</th><th scope="col">Score</th><th scope="col">Level</th><th scope="col"><span class="visually-hidden">Review</span></th></tr></thead>
        <tbody>${data.items.map((a) => html`<tr>
          <td>${a.quizId} (version ${a.quizVersion})</td>
          <td>${formatDate(a.submittedAt)}</td>
          <td>${a.score} / ${a.maxScore} (${a.percent}%)</td>
          <td>${a.level ?? '—'}</td>
          <td><a href="#/attempts/${a.id}">Review<span class="visually-hidden"> the attempt of ${formatDate(a.submittedAt)}</span></a></td>
        </tr>`)}</tbody>
      </table>`}
    ${pager('Pages of attempts', '/attempts', page, data.total)}`);
}
