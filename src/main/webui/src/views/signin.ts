import { html } from 'lit-html';
import { api, asProblem, reach, type Problem } from '../api';
import { claimsOf, signIn, signOut } from '../session';
import { heading, problemView, type Screen, unreachable } from '../ui';

/**
 * Sign-in by pasting a bearer token (in development, from scripts/token.sh). The service checks
 * it once here, so that a refused token is reported now rather than on the first submission.
 */
export function signInView(screen: Screen, onChange: () => void): void {
  let problem: Problem | null = null;
  let checking = false;

  async function submit(event: Event) {
    event.preventDefault();
    const value = (document.getElementById('token') as HTMLTextAreaElement).value.trim().replace(/^Bearer\s+/i, '');
    if (!claimsOf(value)) {
      problem = { type: 'about:blank', title: 'Not a token', status: 400, detail: 'Paste a JSON Web Token: three parts separated by dots.' };
      return update();
    }
    checking = true;
    update();
    signIn(value);
    try {
      const { error, response } = await reach(() => api.GET('/attempts', { params: { query: { size: 1 } } }));
      if (response.status === 401) {
        problem = asProblem(error, response);
      }
    } catch (failed) {
      problem = unreachable(failed);
    }
    checking = false;
    if (problem) {
      signOut();
      return update();
    }
    onChange();
    screen.go('#/');
  }

  const view = () => html`
    ${heading('Sign in')}
    <form @submit=${submit} class="stack">
      <label for="token">Bearer token</label>
      <p class="hint" id="token-hint">Paste the token your organisation's sign-in gave you. In development,
        <code>scripts/token.sh learner ada</code> or <code>scripts/token.sh author grace</code> prints one.</p>
      <textarea id="token" rows="6" spellcheck="false" autocomplete="off" aria-describedby="token-hint${problem ? ' problem' : ''}"
        aria-invalid=${problem ? 'true' : 'false'}></textarea>
      ${problemView(problem)}
      <div><button type="submit" class="primary" ?disabled=${checking}>${checking ? 'Checking…' : 'Sign in'}</button></div>
    </form>`;

  function update() {
    screen.refresh(view());
  }

  screen.show('Sign in', view());
}
