import './storage';
import { html, nothing, render } from 'lit-html';
import { Unreachable, type Schemas } from './api';
import { QUIZ_ID } from './generated/rules';
import { identity, managesQuizzes, SIGNED_OUT, signOut } from './session';
import { Screen, unreachable } from './ui';
import { attemptList } from './views/attempts';
import { editQuiz } from './views/author/edit-quiz';
import { authorHome } from './views/author/home';
import { newQuiz } from './views/author/new-quiz';
import { editQuestions } from './views/author/questions';
import { ltiLanding, quizPicker } from './views/lti';
import { quizList } from './views/quizzes';
import { review } from './views/review';
import { signInView } from './views/signin';
import { statisticsView } from './views/statistics';
import { takeQuiz } from './views/take';
import './style.css';

/**
 * Screens live behind the fragment (#/quizzes/chapter-20), so that they never collide with the
 * API's own paths on the same origin and a reload or a shared link opens the same screen.
 */
/** A path of screens, whole; {@code {quiz}} stands for a quiz id as the API has it, captured. */
const path = (pattern: string) => new RegExp(`^${pattern.replace('{quiz}', `(${QUIZ_ID})`)}$`);

const routes: [RegExp, (screen: Screen, match: string[], query: URLSearchParams) => Promise<void> | void][] = [
  [/^\/?$/, (screen, _, q) => quizList(screen, Number(q.get('page') ?? 0) || 0)],
  [path('/quizzes/{quiz}'), (screen, [id]) => takeQuiz(screen, id)],
  [/^\/attempts$/, (screen, _, q) => attemptList(screen, Number(q.get('page') ?? 0) || 0)],
  [/^\/attempts\/([0-9a-f-]+)$/, (screen, [id]) => review(screen, id)],
  [/^\/sign-in$/, (screen) => signInView(screen, navigation)],
  [/^\/lti\/pick$/, (screen, _, q) => quizPicker(screen, Number(q.get('page') ?? 0) || 0)],
  [/^\/lti\/([A-Za-z0-9_-]+)$/, (screen, [code]) => ltiLanding(screen, code, navigation)],
  [/^\/author$/, (screen, _, q) => authorHome(screen, Number(q.get('page') ?? 0) || 0)],
  [/^\/author\/new$/, (screen) => newQuiz(screen)],
  [path('/author/quizzes/{quiz}'), (screen, [id]) => editQuiz(screen, id)],
  [path('/author/quizzes/{quiz}/questions'), (screen, [id]) => editQuestions(screen, id)],
  [path('/author/quizzes/{quiz}/statistics'), (screen, [id], q) => statisticsView(screen, id,
    (['all', 'first', 'last'].includes(q.get('attempts') ?? '') ? q.get('attempts') : 'all') as Schemas['AttemptSelection'])],
];

function navigation(): void {
  const who = identity();
  const current = location.hash.replace(/^#/, '').split('?')[0] || '/';
  const link = (href: string, label: string) => {
    const here = href === '/' ? current === '/' : current === href || current.startsWith(`${href}/`);
    return html`<a href="#${href}" aria-current=${here ? 'page' : nothing}>${label}</a>`;
  };
  render(html`
    <a class="brand" href="#/">Quizbank</a>
    <ul>
      <li>${link('/', 'Quizzes')}</li>
      ${who ? html`<li>${link('/attempts', who.roles.includes('author') ? 'All attempts' : 'My attempts')}</li>` : nothing}
      ${managesQuizzes() ? html`<li>${link('/author', 'Author')}</li>` : nothing}
    </ul>
    <div class="who">
      ${who ? html`<span>Signed in as <strong>${who.subject}</strong> (${who.roles.join(', ') || 'no role'})</span>
        <button type="button" class="link" @click=${() => { signOut(); location.hash = '#/'; }}>Sign out</button>`
        : link('/sign-in', 'Sign in')}
    </div>`, document.getElementById('nav')!);
}

async function route(): Promise<void> {
  const fragment = location.hash.replace(/^#/, '');
  if (fragment && !fragment.startsWith('/')) {
    return;
  }
  const [path, search] = (fragment || '/').split('?');
  navigation();
  for (const [pattern, view] of routes) {
    const match = pattern.exec(path);
    if (match) {
      const screen = new Screen();
      try {
        await view(screen, match.slice(1).map(decodeURIComponent), new URLSearchParams(search));
      } catch (error) {
        if (!(error instanceof Unreachable)) {
          throw error;
        }
        screen.failure('Service unreachable', unreachable(error));
      }
      return;
    }
  }
  new Screen().failure('Not found', { type: 'about:blank', title: 'Not found', status: 404, detail: 'There is no such screen.' });
}

document.querySelector('.skip-link')!.addEventListener('click', (event) => {
  event.preventDefault();
  document.getElementById('main')!.focus();
});
window.addEventListener('hashchange', () => void route());
window.addEventListener(SIGNED_OUT, () => navigation());
void route();
