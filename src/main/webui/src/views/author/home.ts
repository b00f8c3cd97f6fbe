import { html, nothing } from 'lit-html';
import { api, asProblem, reach } from '../../api';
import { heading, PAGE_SIZE, pager, type Screen } from '../../ui';
import { authorsOnly, FRESH, takeFlash } from './common';

function flashView() {
  const message = takeFlash();
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
