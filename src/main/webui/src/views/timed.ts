import { html, nothing } from 'lit-html';
import { api, asProblem, reach, Unreachable, type Problem, type Schemas } from '../api';
import { Autosave } from '../attempt/autosave';
import { announcement, clockOffset, clockTime, countdown, secondsLeft } from '../attempt/clock';
import { keptAttempt } from '../attempt/kept';
import { answersOf, applyChanges, changesSince, merge, toSave, type Changes } from '../attempt/merge';
import { block } from '../markdown';
import { DECIMAL } from '../questions';
import { hasRole } from '../session';
import { formatDate, heading, problemView, unreachable, type Screen } from '../ui';
import { MODE_KEY, modeChoice, questionView, Responses, shownQuestions, storedMode, type Mode } from './answering';
import { duration } from './quiz-settings';
import { remember, type HandedIn } from './review';

type Quiz = Schemas['QuizDetail'];
type Settings = Schemas['QuizSettings'];
type State = Schemas['AttemptState'];
type Result = Schemas['AttemptResult'];

/** A 412 on a save carries the attempt as the service holds it now, and its ETag. */
type Changed = Problem & { attempt?: State; etag?: string };

type SaveStatus =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'saved'; at: Date; merged: boolean }
  | { kind: 'failed'; reason: string };

const TIME_IS_UP = '/problems/time-is-up';
const SUBMITTED = '/problems/attempt-submitted';
/** For the POSTs without a body: the service takes no POST without a Content-Type. */
const NO_BODY = { 'Content-Type': 'application/json' };

/** Whether attempts at the quiz are started, saved and submitted, rather than sent in one sheet: timed, shuffled or drawn. */
export function requiresStart(settings: Settings): boolean {
  return settings.timeLimitSeconds !== null || settings.shuffleQuestions || settings.shuffleChoices || settings.pools.length > 0;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

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

/**
 * An attempt in progress: its questions in its own order, the time left, and its responses saved a
 * moment after each change and every 30 seconds, with If-Match, merged with another device's when
 * that one saved first. When the time is up, or the attempt was submitted elsewhere, the result the
 * service graded is shown instead.
 */
function attemptScreen(screen: Screen, quiz: Quiz, state: State, firstTag: string | null, offset: number): void {
  const attemptId = state.id;
  const items = state.questions;
  const positions = new Map(items.map((q, i) => [q.number, i + 1]));
  // The service's time, as this page reckons it: never before the attempt began, so never more time left than it has.
  const startedAt = Date.parse(state.startedAt);
  const now = () => Math.max(Date.now() + offset, startedAt);
  const deadline = state.deadline === null ? null : Date.parse(state.deadline);
  const graceUntil = state.graceUntil === null ? deadline : Date.parse(state.graceUntil);
  const showPoints = items.some((q) => q.type !== 'single' || q.points !== 1);

  // What the service holds, as far as this page knows, and the ETag that names it.
  let saved = answersOf(state.responses);
  let etag = firstTag ?? '';
  const responses = new Responses([...saved], () => {
    autosave.changed();
    update();
  });
  let mode: Mode = storedMode();
  let index = 0;
  let status: SaveStatus = { kind: 'idle' };
  let left = deadline === null ? null : secondsLeft(deadline, now());
  let spoken = '';
  let phase: 'answering' | 'submitting' | 'handingIn' | 'done' = 'answering';
  // Why the attempt ended other than by Submit, once it has: the page then fetches (or retries fetching) its result.
  let ended: HandedIn['reason'] | null = null;
  let problem: Problem | null = null;
  let unloading = false;
  const autosave = new Autosave(save);
  const ticker = deadline === null ? null : setInterval(tick, 250);

  /** The changes since the last save that a save can carry, and the places of numbers it cannot. */
  function pending(): { send: Changes; notNumbers: number[] } {
    const send = new Map(changesSince(saved, responses.snapshot()));
    const notNumbers: number[] = [];
    for (const [question, given] of send) {
      if ('number' in given && given.number.trim() !== '' && !DECIMAL.test(given.number.trim())) {
        send.delete(question);
        notNumbers.push(positions.get(question)!);
      }
    }
    return { send, notNumbers };
  }

  async function save(): Promise<void> {
    let merged = false;
    for (let tries = 0; tries < 2; tries++) {
      const { send, notNumbers } = pending();
      if (send.size === 0) {
        if (notNumbers.length) {
          status = { kind: 'failed', reason: `question ${notNumbers.join(', ')} is not a number yet` };
        } else if (status.kind === 'failed') {
          // What failed to go has been changed back to what the service holds.
          status = { kind: 'idle' };
        }
        update();
        return;
      }
      status = { kind: 'saving' };
      update();
      let answer;
      try {
        answer = await reach(() => api.PUT('/attempts/{attemptId}/responses', {
          params: { path: { attemptId }, header: { 'If-Match': etag } },
          body: { answers: toSave(send) },
          keepalive: unloading,
        }));
      } catch (failed) {
        if (!(failed instanceof Unreachable)) {
          throw failed;
        }
        status = { kind: 'failed', reason: `the service could not be reached. Your answers stay on this page${ended ? '.' : ' and are sent again shortly.'}` };
        update();
        return;
      }
      const { data, error, response } = answer;
      if (data) {
        etag = response.headers.get('ETag') ?? etag;
        saved = applyChanges(saved, send);
        status = { kind: 'saved', at: new Date(), merged };
        update();
        return;
      }
      const refused = asProblem(error, response) as Changed;
      if (response.status === 412 && refused.attempt) {
        // Another device saved first: its responses, with the changes made here since this page's last save on top.
        const current = answersOf(refused.attempt.responses);
        responses.replace(merge(current, saved, responses.snapshot()).answers);
        saved = current;
        etag = refused.etag ?? response.headers.get('ETag') ?? etag;
        merged = true;
        continue;
      }
      if (refused.type.endsWith(TIME_IS_UP) || refused.type.endsWith(SUBMITTED)) {
        void handIn(refused.type.endsWith(TIME_IS_UP) ? 'timeUp' : 'elsewhere');
        return;
      }
      status = { kind: 'failed', reason: refused.detail || refused.title };
      update();
      return;
    }
    status = { kind: 'failed', reason: 'another device saved this attempt at the same moment. Your answers are sent again shortly.' };
    update();
  }

  function tick() {
    if (deadline === null || ended) {
      return;
    }
    const after = secondsLeft(deadline, now());
    if (after !== left) {
      spoken = announcement(left, after) ?? spoken;
      left = after;
      update();
    }
    // A submission under way when the time runs out is for the service to take or refuse.
    if (after === 0 && phase === 'answering') {
      void handIn('timeUp');
    }
  }

  async function submit() {
    const notNumbers = responses.notNumbers(items);
    if (notNumbers.length) {
      problem = {
        type: 'about:blank', title: 'Some answers are not numbers', status: 0,
        detail: `Question ${notNumbers.map((q) => positions.get(q.number)).join(', ')}: write digits with a point, such as 3.14.`,
      };
      update();
      document.getElementById(`answer-${notNumbers[0].number}`)?.focus();
      return;
    }
    phase = 'submitting';
    problem = null;
    update();
    try {
      await autosave.flush();
      if (ended) {
        return;
      }
      const { data, error, response } = await reach(() => api.POST('/attempts/{attemptId}/submit', {
        params: { path: { attemptId } }, body: { answers: toSave(pending().send) },
      }));
      if (data) {
        return finish(data, null);
      }
      problem = asProblem(error, response);
      if (problem.type.endsWith(TIME_IS_UP)) {
        return handIn('timeUp');
      }
    } catch (failed) {
      if (!(failed instanceof Unreachable)) {
        throw failed;
      }
      problem = unreachable(failed);
    }
    phase = 'answering';
    update();
    document.getElementById('submission-status')?.focus();
  }

  /**
   * The attempt ends other than by its Submit button. The last changes still go while the grace lasts;
   * then the service's result is fetched: reading an attempt whose time is up grades it, and its sweeper
   * does so soon after the grace in any case.
   */
  async function handIn(reason: HandedIn['reason']): Promise<void> {
    if (phase === 'handingIn' || phase === 'done') {
      return;
    }
    ended = reason;
    phase = 'handingIn';
    problem = null;
    if (reason === 'timeUp') {
      left = 0;
    }
    update();
    try {
      if (reason === 'timeUp') {
        await autosave.flush();
      }
      autosave.stop();
      const unsaved = [...changesSince(saved, responses.snapshot()).keys()].map((q) => positions.get(q)!).sort((a, b) => a - b);
      const result = await graded(reason);
      if ('id' in result) {
        return finish(result, { reason, unsaved });
      }
      problem = result;
    } catch (failed) {
      if (!(failed instanceof Unreachable)) {
        throw failed;
      }
      problem = unreachable(failed);
    }
    // Asked again with the button the notice shows.
    phase = 'answering';
    update();
  }

  /** The service's result of an attempt that has ended, or why it could not be read. */
  async function graded(reason: HandedIn['reason']): Promise<Result | Problem> {
    if (reason === 'timeUp' && graceUntil !== null && graceUntil > now()) {
      await sleep(graceUntil - now() + 250);
    }
    for (let tries = 0; tries < 10; tries++) {
      const { data, error, response } = await reach(() => api.GET('/attempts/{attemptId}', { params: { path: { attemptId } } }));
      if (!data) {
        return asProblem(error, response);
      }
      if (!('state' in data)) {
        return data;
      }
      await sleep(1000);
    }
    // Still in progress by the service's clock ten seconds on: hand in what was saved.
    const { data, error, response } = await reach(() => api.POST('/attempts/{attemptId}/submit', {
      params: { path: { attemptId } }, headers: NO_BODY,
    }));
    return data ?? asProblem(error, response);
  }

  function finish(result: Result, handedIn: HandedIn | null) {
    if (phase === 'done') {
      return;
    }
    phase = 'done';
    stop();
    keptAttempt.forget(quiz.id);
    remember(result, handedIn);
    screen.go(`#/attempts/${attemptId}`);
  }

  function stop() {
    if (ticker !== null) {
      clearInterval(ticker);
    }
    autosave.stop();
    window.removeEventListener('hashchange', leave);
    window.removeEventListener('pagehide', unload);
  }

  /** The page moves on to another screen: the clock stops, and what is left to save still goes. */
  function leave() {
    stop();
    void autosave.flush();
  }

  function unload() {
    // A save as the page goes (a reload) must outlive it.
    unloading = true;
    void autosave.flush();
  }

  window.addEventListener('hashchange', leave);
  window.addEventListener('pagehide', unload);

  function go(to: number) {
    index = to;
    update();
    document.getElementById(`question-${items[index].number}-heading`)?.focus();
  }

  function switchMode(to: Mode) {
    mode = to;
    localStorage.setItem(MODE_KEY, to);
    update();
  }

  const question = (q: (typeof items)[number]) => questionView(q,
    { responses, total: items.length, locked: phase !== 'answering' || ended !== null, showPoints }, positions.get(q.number));

  const saveStatus = () => {
    switch (status.kind) {
      case 'idle':
        return html`<p class="save-status">Your answers are saved as you go.</p>`;
      case 'saving':
        return html`<p class="save-status">Saving…</p>`;
      case 'saved':
        return html`<p class="save-status">Saved at ${clockTime(status.at)}${status.merged
          ? ', with the answers saved on another device' : ''}</p>`;
      case 'failed':
        return html`<p class="save-status failed" role="alert">Not saved: ${status.reason}</p>`;
    }
  };

  const bar = () => html`
    <div class="attempt-bar">
      ${left !== null ? html`<p class="timer"><span id="time-left-label">Time left</span>
        <span class="time-left" role="timer" aria-labelledby="time-left-label">${countdown(left)}</span></p>` : nothing}
      ${saveStatus()}
    </div>`;

  const ending = (reason: HandedIn['reason']) => html`<div class="notice time-up" role="alert">
      <p><strong>${reason === 'elsewhere' ? 'This attempt was submitted on another device.' : 'Time is up.'}</strong>
        ${phase === 'handingIn' ? 'Fetching the result of the answers saved by then…' : 'The result could not be fetched yet.'}</p>
      ${phase === 'handingIn' ? nothing : html`${problemView(problem)}
        <button type="button" @click=${() => void handIn(reason)}>Show the result</button>`}
    </div>`;

  function view() {
    return html`
      ${heading(quiz.title)}
      ${bar()}
      <div class="visually-hidden" aria-live="polite" id="time-announcer">${spoken}</div>
      ${ended ? ending(ended) : nothing}
      ${modeChoice(mode, switchMode)}
      <form @submit=${(e: Event) => { e.preventDefault(); void submit(); }} novalidate>
        ${shownQuestions(mode, items, index, question, go)}
        <div id="submission-status" tabindex="-1">${ended ? nothing : problemView(problem)}</div>
        <div class="actions">
          <p>You have answered ${responses.size} of ${items.length} questions.</p>
          <button type="submit" class="primary" ?disabled=${phase !== 'answering' || ended !== null}>
            ${phase === 'submitting' ? 'Submitting…' : 'Submit answers'}</button>
        </div>
      </form>`;
  }

  function update() {
    screen.refresh(view());
  }

  screen.show(quiz.title, view());
  if (left === 0) {
    void handIn('timeUp');
  }
}
