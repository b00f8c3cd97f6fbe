import { html, type TemplateResult } from 'lit-html';
import { keyed } from 'lit-html/directives/keyed.js';

/** Where the learner's choice between one question at a time and all on one page is kept. */
const MODE_KEY = 'quizbank.mode';

export type Mode = 'one' | 'all';

/** The learner's last choice of how many questions a page shows. */
export function storedMode(): Mode {
  return localStorage.getItem(MODE_KEY) === 'all' ? 'all' : 'one';
}

/** Keeps the learner's choice for the next quiz. */
export function storeMode(mode: Mode): void {
  localStorage.setItem(MODE_KEY, mode);
}

/** The radio pair that chooses between one question at a time and all on one page. */
export function modeChoice(mode: Mode, switchMode: (to: Mode) => void): TemplateResult {
  return html`
    <fieldset class="mode">
      <legend>Show</legend>
      <label><input type="radio" name="mode" .checked=${mode === 'one'} @change=${() => switchMode('one')}> One question at a time</label>
      <label><input type="radio" name="mode" .checked=${mode === 'all'} @change=${() => switchMode('all')}> All questions</label>
    </fieldset>`;
}

/** The questions the mode shows: all of them, or the one at {@code index} with Previous and Next. */
export function shownQuestions<Q extends { number: number }>(mode: Mode, items: Q[], index: number,
  question: (q: Q) => TemplateResult, go: (to: number) => void): TemplateResult | TemplateResult[] {
  return mode === 'all' ? items.map(question) : html`
    ${keyed(items[index].number, question(items[index]))}
    <nav class="stepper" aria-label="Questions">
      <button type="button" ?disabled=${index === 0} @click=${() => go(index - 1)}>Previous question</button>
      <button type="button" ?disabled=${index === items.length - 1} @click=${() => go(index + 1)}>Next question</button>
    </nav>`;
}
