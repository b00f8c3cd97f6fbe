import { html, nothing } from 'lit-html';
import { api, asProblem, reach } from '../api';
import { block } from '../markdown';
import { heading, plural, type Screen } from '../ui';

const PAGE_SIZE = 20;

/** The published quizzes, a page at a time. */
export async function quizList(screen: Screen, page: number): Promise<void> {
  screen.loading('Quizzes');
  const { data, error, response } = await reach(() => api.GET('/quizzes', { params: { query: { page, size: PAGE_SIZE } } }));
  if (!data) {
    return screen.failure('Quizzes', asProblem(error, response));
  }
  const pages = Math.max(1, Math.ceil(data.total / PAGE_SIZE));
  screen.show('Quizzes', html`
    ${heading('Quizzes')}
    ${data.items.length === 0 ? html`<p>No quiz is published yet.</p>` : nothing}
    <ul class="cards">
      ${data.items.map((quiz) => html`<li class="card">
        <h2><a href="#/quizzes/${quiz.id}">${quiz.title}</a></h2>
        <p class="meta">Chapter ${quiz.chapter} · ${plural(quiz.questionCount, 'question')} · version ${quiz.version}</p>
        <div class="markdown">${block(quiz.description)}</div>
      </li>`)}
    </ul>
    ${pages > 1 ? html`<nav class="pager" aria-label="Pages of quizzes">
      ${page > 0 ? html`<a href="#/?page=${page - 1}">Previous page</a>` : nothing}
      <span>Page ${page + 1} of ${pages}</span>
      ${page + 1 < pages ? html`<a href="#/?page=${page + 1}">Next page</a>` : nothing}
    </nav>` : nothing}`);
}
