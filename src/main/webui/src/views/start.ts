import { html, nothing } from 'lit-html';
import { api, asProblem, NO_BODY, reach, Unreachable, type Problem, type Schemas } from '../api';
import { clockOffset } from '../attempt/clock';
import { keptAttempt } from '../attempt/kept';
import { block } from '../markdown';
import { hasRole } from '../session';
import { formatDate, heading, problemView, unreachable, type Screen } from '../ui';
import { duration } from './quiz-settings';
import { attemptScreen } from './timed';

type Quiz = Schemas['QuizDetail'];
type Settings = Schemas['QuizSettings'];

/** Whether attempts at the quiz are started, saved and submitted, rather than sent in one sheet: timed, shuffled or drawn. */
export function requiresStart(settings: Settings): boolean {
  return settings.timeLimitSeconds !== null || settings.shuffleQuestions || settings.shuffleChoices || settings.pools.length > 0;
}

/**
 * A quiz whose attempts are started: the attempt in progress that this browser last worked on, as the
 * service holds it, or else the screen that says what starting means, with its Start button.
 */
export async function startAttempt(screen: Screen, quiz: Quiz): Promise<void> {
  let finished: string | null = null;
  const kept = keptAttempt.get(quiz.id);
  if (kept) {
    const sentAt = Date.now();
    const { data, error, response } = await reach(() => api.GET('/attempts/{attemptId}', { params: { path: { attemptId: kept } } }));
    if (data && 'state' in data) {
      return attemptScreen(screen, quiz, data, response.headers.get('ETag'),
        clockOffset(response.headers.get('Date'), null, sentAt, Date.now()));
    }
    if (!data && response.status !== 404) {
      return screen.failure(quiz.title, asProblem(error, response));
    }
    finished = data ? data.id : null;
    keptAttempt.forget(quiz.id);
  }

  const settings = quiz.settings;
  const mustSignIn = !settings.anonymous && !hasRole('learner');
  let starting = false;
  let problem: Problem | null = null;

  async function start() {
    starting = true;
    problem = null;
    update();
    const sentAt = Date.now();
    try {
      const { data, error, response } = await reach(() => api.POST('/quizzes/{id}/attempts', {
        params: { path: { id: quiz.id } }, headers: NO_BODY,
      }));
      if (data) {
        keptAttempt.set(quiz.id, data.id);
        return attemptScreen(screen, quiz, data, response.headers.get('ETag'),
          clockOffset(response.headers.get('Date'), response.status === 201 ? data.startedAt : null, sentAt, Date.now()));
      }
      problem = asProblem(error, response);
    } catch (failed) {
      if (!(failed instanceof Unreachable)) {
        throw failed;
      }
      problem = unreachable(failed);
    }
    starting = false;
    update();
    document.getElementById('problem')?.focus();
  }

  const view = () => html`
    ${heading(quiz.title)}
    <div class="markdown">${block(quiz.description)}</div>
    <h2>Before you start</h2>
    <ul class="rules">${rules(quiz).map((rule) => html`<li>${rule}</li>`)}</ul>
    ${mustSignIn ? html`<p class="notice">This quiz keeps attempts under your name: <a href="#/sign-in">sign in</a> as a learner to start.</p>`
      : nothing}
    ${finished ? html`<p>Your last attempt at this quiz has been handed in: <a href="#/attempts/${finished}">read its result</a>.</p>` : nothing}
    ${problemView(problem)}
    <div class="actions">
      <button type="button" class="primary" ?disabled=${starting || mustSignIn} @click=${() => void start()}>
        ${starting ? 'Starting…' : 'Start'}</button>
    </div>`;

  function update() {
    screen.refresh(view());
  }

  screen.show(quiz.title, view());
}

/** What starting an attempt means, in plain words: its time, the quiz's window, its questions, and resuming. */
function rules(quiz: Quiz): string[] {
  const settings = quiz.settings;
  const said: string[] = [];
  if (settings.timeLimitSeconds !== null) {
    said.push(`You have ${duration(settings.timeLimitSeconds)} from when you press Start. The time runs on the service:
      leaving the page does not stop it, and when it is up, the answers saved by then are handed in.`);
  }
  const now = Date.now();
  if (settings.openAt && Date.parse(settings.openAt) > now) {
    said.push(`The quiz opens on ${formatDate(settings.openAt)}${settings.closeAt ? ` and closes on ${formatDate(settings.closeAt)}` : ''}.`);
  } else if (settings.closeAt && Date.parse(settings.closeAt) <= now) {
    said.push(`The quiz closed on ${formatDate(settings.closeAt)}.`);
  } else if (settings.closeAt) {
    said.push(`The quiz closes on ${formatDate(settings.closeAt)}: an attempt still open then ends there, whatever its time.`);
  }
  if (settings.pools.length) {
    const pooled = new Set(settings.pools.flatMap((pool) => pool.questions));
    const asked = quiz.questionCount - pooled.size + settings.pools.reduce((sum, pool) => sum + pool.draw, 0);
    said.push(`Each attempt gets ${asked} of the quiz's ${quiz.questionCount} questions, ${settings.pools.length === 1 ? 'some' : 'some of them'}
      drawn at random.`);
  }
  if (settings.shuffleQuestions || settings.shuffleChoices) {
    const what = settings.shuffleQuestions && settings.shuffleChoices ? 'questions and their choices'
      : settings.shuffleQuestions ? 'questions' : 'choices of each question';
    said.push(`Each attempt shows the ${what} in an order of its own.`);
  }
  if (settings.maxAttempts !== null) {
    said.push(`You may start at most ${settings.maxAttempts} ${settings.maxAttempts === 1 ? 'attempt' : 'attempts'}.`);
  }
  said.push(settings.anonymous && !hasRole('learner')
    ? 'Your answers are saved as you go: if you leave, this browser takes you back to where you were.'
    : 'Your answers are saved as you go. Started on another device? Start takes you back to that attempt, as it was last saved.');
  return said;
}
