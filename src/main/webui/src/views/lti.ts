import { html, nothing } from 'lit-html';
import { api, asProblem, reach, type Problem } from '../api';
import { signIn } from '../session';
import { heading, PAGE_SIZE, pager, problemView, type Screen } from '../ui';

/** What an LTI launch opened: remembered for this tab, so that the quiz picker knows it serves a deep link. */
const LAUNCH = 'quizbank.lti.launch';

/**
 * The landing of an LTI launch: the one-time code in the fragment is traded for a bearer token (no cookie), and the
 * person goes on to the quiz the course links to, or to the quiz picker when an instructor is placing a quiz.
 */
export async function ltiLanding(screen: Screen, code: string, onChange: () => void): Promise<void> {
  screen.loading('Opening Quizbank');
  // The code is single-use: out of the address bar and history at once.
  history.replaceState(null, '', `${location.pathname}#/`);
  const { data, error, response } = await reach(() => api.POST('/lti/session', { body: { code } }));
  if (!data) {
    return screen.failure('Opening Quizbank', asProblem(error, response));
  }
  signIn(data.token);
  sessionStorage.setItem(LAUNCH, data.messageType);
  onChange();
  if (data.messageType === 'LtiDeepLinkingRequest') {
    screen.go('#/lti/pick');
  } else {
    screen.go(data.quizId ? `#/quizzes/${data.quizId}` : '#/');
  }
}

/** The instructor's choice of the quiz to place in the course; the signed answer is posted back to the platform. */
export async function quizPicker(screen: Screen, page: number): Promise<void> {
  const title = 'Choose a quiz for your course';
  if (sessionStorage.getItem(LAUNCH) !== 'LtiDeepLinkingRequest') {
    return screen.failure(title, { type: 'about:blank', title: 'No course is waiting', status: 409,
      detail: 'Open this screen from your course platform, with "Add an activity" or "External tool".' });
  }
  screen.loading(title);
  const { data, error, response } = await reach(() => api.GET('/quizzes', { params: { query: { page, size: PAGE_SIZE } } }));
  if (!data) {
    return screen.failure(title, asProblem(error, response));
  }
  let problem: Problem | null = null;
  let sending = false;

  async function choose(quizId: string) {
    sending = true;
    update();
    const answer = await reach(() => api.POST('/lti/deep-links', { body: { quizId } }));
    if (!answer.data) {
      problem = asProblem(answer.error, answer.response);
      sending = false;
      return update();
    }
    const form = document.createElement('form');
    form.method = 'post';
    form.action = answer.data.returnUrl;
    const field = document.createElement('input');
    field.type = 'hidden';
    field.name = 'JWT';
    field.value = answer.data.jwt;
    form.append(field);
    document.body.append(form);
    form.submit();
  }

  const view = () => html`
    ${heading(title)}
    ${problemView(problem)}
    <ul class="cards">
      ${data.items.map((quiz) => html`<li class="card">
        <h2>${quiz.title}</h2>
        <p class="meta">${quiz.questionCount} questions · version ${quiz.version}</p>
        <button type="button" class="primary" ?disabled=${sending} @click=${() => choose(quiz.id)}
          aria-label="Place in course: ${quiz.title}">Place in course</button>
      </li>`)}
    </ul>
    ${data.items.length === 0 ? html`<p>No quiz is published yet.</p>` : nothing}
    ${pager('Pages of quizzes', '/lti/pick', page, data.total)}`;

  function update() {
    screen.refresh(view());
  }

  screen.show(title, view());
}
