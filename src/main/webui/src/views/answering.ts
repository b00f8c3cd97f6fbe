import { html, nothing, type TemplateResult } from 'lit-html';
import { live } from 'lit-html/directives/live.js';
import { block, inline, plain } from '../markdown';
import type { Given, Item, Of, Question } from '../questions';
import type { Responses } from './responses';

/** What a question's inputs need besides the question itself. */
export interface Answering {
  responses: Responses;
  total: number;
  locked: boolean;
  /** Whether to say what each question is worth: not on a quiz of one-point single-choice questions. */
  showPoints: boolean;
}

/**
 * A question with its inputs, headed by its place among those shown: its number in the quiz, unless
 * the attempt shows its questions in an order (or a draw) of its own.
 */
export function questionView(q: Question, a: Answering, position = q.number): TemplateResult {
  return html`
    <fieldset class="question" id="question-${q.number}" aria-describedby=${q.type === 'single' ? nothing : `question-${q.number}-text`}>
      <legend><h2 id="question-${q.number}-heading" tabindex="-1">Question ${position} of ${a.total}</h2></legend>
      ${a.showPoints ? html`<p class="meta">${worth(q.points)}${HOW[q.type] ? html` · ${HOW[q.type]}` : nothing}</p>` : nothing}
      <div class="markdown question-text" id="question-${q.number}-text">${block(q.text)}</div>
      ${inputs(q, a)}
    </fieldset>`;
}

export function worth(points: number): string {
  return `${points} ${points === 1 ? 'point' : 'points'}`;
}

const HOW: Partial<Record<Question['type'], string>> = {
  multiple: 'tick every answer that applies',
  matching: 'choose an option for each item',
  ordering: 'put the items in order with the Move buttons (answered once an item is moved)',
};

function inputs(q: Question, a: Answering): TemplateResult {
  const given = a.responses.get(q.number);
  switch (q.type) {
    case 'single':
    case 'multiple':
      return html`<div class="choices">${q.choices.map((c) => choiceInput(q, c, given, a))}</div>`;
    case 'trueFalse':
      return html`<div class="choices">${[true, false].map((value) => html`
        <label class="choice">
          <input type="radio" name="question-${q.number}" value=${String(value)} ?disabled=${a.locked}
            .checked=${live(given !== undefined && 'value' in given && given.value === value)}
            @change=${() => a.responses.set(q.number, { value })}>
          <span class="choice-text">${value ? 'True' : 'False'}</span>
        </label>`)}</div>`;
    case 'shortText':
      return textInput(q, given && 'text' in given ? given.text : '', a, (text) => ({ text }));
    case 'numeric':
      return textInput(q, given && 'number' in given ? given.number : '', a, (number) => ({ number }));
    case 'matching':
      return matchingInputs(q, given && 'pairs' in given ? given.pairs : {}, a);
    case 'ordering':
      return orderingInputs(q, a);
  }
}

function choiceInput(q: Of<'single' | 'multiple'>, c: Item, given: Given | undefined, a: Answering) {
  if (q.type === 'single') {
    return html`
          <label class="choice">
            <input type="radio" name="question-${q.number}" value=${c.key}
              .checked=${live(given !== undefined && 'choice' in given && given.choice === c.key)} ?disabled=${a.locked}
              @change=${() => a.responses.set(q.number, { choice: c.key })}>
            <span class="key">${c.key}</span> <span class="choice-text">${inline(c.text)}</span>
          </label>`;
  }
  const ticked = given && 'choices' in given ? given.choices : [];
  return html`
    <label class="choice">
      <input type="checkbox" name="question-${q.number}" value=${c.key} .checked=${live(ticked.includes(c.key))} ?disabled=${a.locked}
        @change=${(e: Event) => a.responses.set(q.number, {
          choices: (e.target as HTMLInputElement).checked ? [...ticked, c.key] : ticked.filter((k) => k !== c.key),
        })}>
      <span class="key">${c.key}</span> <span class="choice-text">${inline(c.text)}</span>
    </label>`;
}

function textInput(q: Question, value: string, a: Answering, given: (typed: string) => Given) {
  const id = `answer-${q.number}`;
  const numeric = q.type === 'numeric';
  const invalid = numeric && a.responses.notANumber(q.number);
  return html`<div class="stack answer">
    <label for=${id}>Your answer${numeric ? ' (a number)' : ''}</label>
    ${numeric ? html`<p class="hint" id="${id}-hint">Digits with a point for decimals, such as 3.14.</p>` : nothing}
    <input id=${id} type="text" name="question-${q.number}" autocomplete="off" spellcheck="false" inputmode=${numeric ? 'decimal' : nothing}
      .value=${live(value)} ?disabled=${a.locked} aria-invalid=${invalid ? 'true' : 'false'}
      aria-describedby=${numeric ? `${id}-hint${invalid ? ` ${id}-error` : ''}` : nothing}
      @input=${(e: Event) => a.responses.set(q.number, given((e.target as HTMLInputElement).value))}
      @change=${() => numeric && a.responses.leave(q.number)}>
    ${invalid ? html`<p class="field-error" id="${id}-error">This is not a number: write digits with a point, such as 3.14.</p>` : nothing}
  </div>`;
}

function matchingInputs(q: Of<'matching'>, pairs: Record<string, string>, a: Answering) {
  return html`<div class="pairs">${q.stems.map((stem, i) => html`
    <div class="pair">
      <label for="pair-${q.number}-${i}">${inline(stem.text)}</label>
      <select id="pair-${q.number}-${i}" ?disabled=${a.locked}
        @change=${(e: Event) => {
          const option = (e.target as HTMLSelectElement).value;
          const { [stem.key]: _, ...others } = pairs;
          a.responses.set(q.number, { pairs: option ? { ...others, [stem.key]: option } : others });
        }}>
        <option value="" ?selected=${!pairs[stem.key]}>Choose…</option>
        ${q.options.map((o) => html`<option value=${o.key} ?selected=${pairs[stem.key] === o.key}>${plain(o.text)}</option>`)}
      </select>
    </div>`)}</div>`;
}

function orderingInputs(q: Of<'ordering'>, a: Answering) {
  const order = a.responses.order(q);
  return html`<ol class="order">${order.map((key, position) => {
    const index = q.items.findIndex((i) => i.key === key);
    const name = plain(q.items[index].text);
    return html`<li class="order-item">
      <span class="order-text">${inline(q.items[index].text)}</span>
      <span class="order-buttons">
        <button type="button" id="order-${q.number}-${index}-up" aria-label="Move up: ${name}" ?disabled=${a.locked || position === 0}
          @click=${() => a.responses.move(q, position, -1)}>Move up</button>
        <button type="button" id="order-${q.number}-${index}-down" aria-label="Move down: ${name}"
          ?disabled=${a.locked || position === order.length - 1} @click=${() => a.responses.move(q, position, 1)}>Move down</button>
      </span>
    </li>`;
  })}</ol>`;
}
