import { html, nothing } from 'lit-html';
import { api, asProblem, reach } from '../api';
import { block } from '../markdown';
import { heading, PAGE_SIZE, pager, plural, type Screen } from '../ui';

/** The published quizzes, a page at a time. */
export async function quizList(screen: Screen, page: number): Promise<void> {
  screen.loading('Quizzes');
  const { data, error, response } = await reach(() => api.GET('/quizzes', { params: { query: { page, size: PAGE_SIZE } } }));
  if (!data) {
    return screen.failure('Quizzes', asProblem(error, response));
  }
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
    ${pager('Pages of quizzes', '/', page, data.total)}`);
}
