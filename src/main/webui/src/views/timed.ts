import { html, nothing } from 'lit-html';
import { api, asProblem, reach, Unreachable, type Problem, type Schemas } from '../api';
import { Autosave } from '../attempt/autosave';
import { announcement, countdown, secondsLeft } from '../attempt/clock';
import { keptAttempt } from '../attempt/kept';
import { answersOf, toSave } from '../attempt/merge';
import { heading, problemView, unreachable, type Screen } from '../ui';
import { questionView } from './answering';
import { gradedResult } from './graded';
import { modeChoice, shownQuestions, storedMode, storeMode, type Mode } from './mode';
import { Responses } from './responses';
import { remember, type HandedIn } from './review';
import { AttemptSaves, TIME_IS_UP } from './saves';

type Quiz = Schemas['QuizDetail'];
type State = Schemas['AttemptState'];
type Result = Schemas['AttemptResult'];

/**
 * An attempt in progress: its questions in its own order, the time left, and its responses saved a
 * moment after each change and every 30 seconds, with If-Match, merged with another device's when
 * that one saved first. When the time is up, or the attempt was submitted elsewhere, the result the
 * service graded is shown instead.
 */
export function attemptScreen(screen: Screen, quiz: Quiz, state: State, firstTag: string | null, offset: number): void {
  const attemptId = state.id;
  const items = state.questions;
  const positions = new Map(items.map((q, i) => [q.number, i + 1]));
  // The service's time, as this page reckons it: never before the attempt began, so never more time left than it has.
  const startedAt = Date.parse(state.startedAt);
  const now = () => Math.max(Date.now() + offset, startedAt);
  const deadline = state.deadline === null ? null : Date.parse(state.deadline);
  const graceUntil = state.graceUntil === null ? deadline : Date.parse(state.graceUntil);
  const showPoints = items.some((q) => q.type !== 'single' || q.points !== 1);

  const responses = new Responses([...answersOf(state.responses)], () => {
    autosave.changed();
    update();
  });
  let mode: Mode = storedMode();
  let index = 0;
  let left = deadline === null ? null : secondsLeft(deadline, now());
  let spoken = '';
  let phase: 'answering' | 'submitting' | 'handingIn' | 'done' = 'answering';
  // Why the attempt ended other than by Submit, once it has: the page then fetches (or retries fetching) its result.
  let ended: HandedIn['reason'] | null = null;
  let problem: Problem | null = null;
  const saves = new AttemptSaves(attemptId, state, firstTag, responses, positions, {
    changed: update,
    ended: (reason) => void handIn(reason),
    hasEnded: () => ended !== null,
  });
  const autosave = new Autosave(() => saves.save());
  const ticker = deadline === null ? null : setInterval(tick, 250);

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
        params: { path: { attemptId } }, body: { answers: toSave(saves.pending().send) },
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
      const unsaved = saves.unsaved();
      const graceLeft = reason === 'timeUp' && graceUntil !== null ? graceUntil - now() : 0;
      const result = await gradedResult(attemptId, graceLeft);
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
    saves.unloading = true;
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
    storeMode(to);
    update();
  }

  const question = (q: (typeof items)[number]) => questionView(q,
    { responses, total: items.length, locked: phase !== 'answering' || ended !== null, showPoints }, positions.get(q.number));

  const bar = () => html`
    <div class="attempt-bar">
      ${left !== null ? html`<p class="timer"><span id="time-left-label">Time left</span>
        <span class="time-left" role="timer" aria-labelledby="time-left-label">${countdown(left)}</span></p>` : nothing}
      ${saves.view()}
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
