import { html, nothing, type TemplateResult } from 'lit-html';
import { live } from 'lit-html/directives/live.js';
import { TYPE_NAMES, type QuestionType } from '../../questions';
import { announce } from '../../ui';
import { nextKey, row, SCORING, type QuestionDraft, type Row } from './question-draft';

const SCORING_NAMES: Record<string, string> = {
  allOrNothing: 'All or nothing',
  rightMinusWrong: 'Right minus wrong (Canvas)',
  weighted: 'Weighted by each choice’s fraction (Moodle)',
  perPair: 'Per pair',
  absolutePosition: 'Each item in its place',
  longestOrderedSubset: 'Longest ordered subset (Moodle)',
};

/**
 * The fields of one question, those of its type only. Typing changes the draft in place (the page
 * already shows it) and leaving a field renders the form again, so that what repeats a text (an
 * option in a "Pairs with" list) follows it; so do adding, removing or moving a row, and choosing a type.
 */
export function questionForm(d: QuestionDraft, changed: () => void, changeType: (type: QuestionType) => void): TemplateResult {
  const text = (label: string, value: string, set: (v: string) => void, attrs: { decimal?: boolean; required?: boolean } = {}) => html`
    <label class="stack">${label}
      <input type="text" .value=${live(value)} inputmode=${attrs.decimal ? 'decimal' : nothing} ?required=${attrs.required ?? false}
        autocomplete="off" @input=${(e: Event) => set((e.target as HTMLInputElement).value)} @change=${changed}></label>`;
  const area = (label: string, value: string, set: (v: string) => void, required = false) => html`
    <label class="stack">${label}
      <textarea rows="3" .value=${live(value)} ?required=${required} @input=${(e: Event) => set((e.target as HTMLTextAreaElement).value)}></textarea></label>`;
  const select = (label: string, value: string, choices: [string, string][], set: (v: string) => void) => html`
    <label class="stack">${label}
      <select @change=${(e: Event) => { set((e.target as HTMLSelectElement).value); changed(); }}>
        ${choices.map(([v, name]) => html`<option value=${v} ?selected=${v === value}>${name}</option>`)}
      </select></label>`;
  const tick = (label: string, checked: boolean, set: (v: boolean) => void, type = 'checkbox', name = '') => html`
    <label class="tick"><input type=${type} name=${name || nothing} .checked=${live(checked)}
      @change=${(e: Event) => { set((e.target as HTMLInputElement).checked); changed(); }}> ${label}</label>`;

  /** A list of rows, each in a fieldset named by its kind and place, with remove, add and (for ordered lists) move buttons. */
  const rows = (kind: string, list: Row[], fields: (r: Row, i: number) => TemplateResult, add: () => Row, ordered = false) => html`
    <div class="rows">
      ${list.map((r, i) => html`<fieldset class="row">
        <legend>${kind} ${i + 1}</legend>
        <div class="row-fields">${fields(r, i)}</div>
        <div class="buttons">
          ${ordered ? html`
            <button type="button" ?disabled=${i === 0} @click=${() => move(list, i, -1, kind)}>Move ${kind.toLowerCase()} ${i + 1} up</button>
            <button type="button" ?disabled=${i === list.length - 1} @click=${() => move(list, i, 1, kind)}>Move ${kind.toLowerCase()} ${i + 1} down</button>` : nothing}
          <button type="button" class="danger" ?disabled=${list.length <= 1}
            @click=${() => { list.splice(i, 1); changed(); announce(`Removed ${kind.toLowerCase()} ${i + 1}.`); }}>Remove ${kind.toLowerCase()} ${i + 1}</button>
        </div>
      </fieldset>`)}
      <button type="button" @click=${() => { list.push(add()); changed(); announce(`Added ${kind.toLowerCase()} ${list.length}.`); }}>Add ${kind.toLowerCase()}</button>
    </div>`;

  function move(list: Row[], from: number, by: -1 | 1, kind: string) {
    [list[from], list[from + by]] = [list[from + by], list[from]];
    changed();
    announce(`Moved ${kind.toLowerCase()} ${from + 1} to position ${from + by + 1} of ${list.length}.`);
  }

  const scoring = SCORING[d.type]
    ? select('Scoring', d.scoring, SCORING[d.type]!.map((s) => [s, SCORING_NAMES[s]]), (v) => (d.scoring = v)) : nothing;
  const feedback = (r: Row) => text('Feedback (CommonMark, optional)', r.feedback, (v) => (r.feedback = v));
  const keyText = (r: Row) => html`${text('Key', r.key, (v) => (r.key = v), { required: true })}${text('Text', r.text, (v) => (r.text = v), { required: true })}`;

  function typeFields(): TemplateResult {
    switch (d.type) {
      case 'single':
      case 'multiple':
        return html`${scoring}
          <fieldset><legend>Choices</legend>
            ${d.type === 'multiple' ? html`<p class="hint">Tick every correct choice. Fractions (−1 to 1) count under weighted scoring.</p>` : nothing}
            ${rows('Choice', d.choices, (c) => html`${keyText(c)}
              ${d.type === 'single'
                ? tick('Correct', c.correct, () => d.choices.forEach((other) => (other.correct = other === c)), 'radio', 'correct-choice')
                : html`${tick('Correct', c.correct, (v) => (c.correct = v))}${text('Fraction', c.fraction, (v) => (c.fraction = v), { decimal: true })}`}
              ${feedback(c)}`, () => row({ key: nextKey(d.choices, null) }))}
          </fieldset>`;
      case 'trueFalse':
        return html`<fieldset class="inline"><legend>The statement is</legend>
            ${tick('True', d.answer, () => (d.answer = true), 'radio', 'statement')}
            ${tick('False', !d.answer, () => (d.answer = false), 'radio', 'statement')}
          </fieldset>
          ${text('Feedback when answered true', d.feedbackIfTrue, (v) => (d.feedbackIfTrue = v))}
          ${text('Feedback when answered false', d.feedbackIfFalse, (v) => (d.feedbackIfFalse = v))}`;
      case 'shortText':
        return html`${tick('Case-sensitive', d.caseSensitive, (v) => (d.caseSensitive = v))}
          <fieldset><legend>Accepted answers, the first that matches counts</legend>
            ${rows('Answer', d.answers, (a) => html`${text('Text', a.text, (v) => (a.text = v), { required: true })}
              ${select('Match', a.match, [['exact', 'Exactly'], ['wildcard', 'With * as any run of characters']], (v) => (a.match = v))}
              ${text('Fraction', a.fraction, (v) => (a.fraction = v), { decimal: true })}${feedback(a)}`,
              () => row({ fraction: '1', match: 'exact' }), true)}
          </fieldset>`;
      case 'numeric':
        return html`<fieldset><legend>Accepted numbers, the first that holds the response counts</legend>
            ${rows('Answer', d.answers, (a) => html`
              ${select('Kind', a.match, [['nominal', 'A value with a tolerance'], ['range', 'A range']], (v) => (a.match = v))}
              ${a.match === 'range'
                ? html`${text('Minimum', a.min, (v) => (a.min = v), { decimal: true, required: true })}${text('Maximum', a.max, (v) => (a.max = v), { decimal: true, required: true })}`
                : html`${text('Value', a.value, (v) => (a.value = v), { decimal: true, required: true })}${text('Tolerance', a.tolerance, (v) => (a.tolerance = v), { decimal: true })}`}
              ${text('Fraction', a.fraction, (v) => (a.fraction = v), { decimal: true })}${feedback(a)}`,
              () => row({ fraction: '1', match: 'nominal', tolerance: '0' }), true)}
          </fieldset>`;
      case 'matching':
        return html`${scoring}
          <fieldset><legend>Options (an option may fit several items, or none)</legend>
            ${rows('Option', d.options, (o) => keyText(o), () => row({ key: nextKey(d.options, 'o') }))}
          </fieldset>
          <fieldset><legend>Items to match</legend>
            ${rows('Item', d.stems, (s) => html`${keyText(s)}
              ${select('Pairs with', s.pairsWith, [['', 'Choose…'], ...d.options.map((o): [string, string] => [o.key, `${o.key}: ${o.text}`])],
                (v) => (s.pairsWith = v))}`, () => row({ key: nextKey(d.stems, 's') }))}
          </fieldset>`;
      case 'ordering':
        return html`${scoring}
          <fieldset><legend>Items, in the correct order</legend>
            ${rows('Item', d.items, (i) => keyText(i), () => row({ key: nextKey(d.items, 'i') }), true)}
          </fieldset>`;
    }
  }

  return html`
    ${select('Question type', d.type, Object.entries(TYPE_NAMES), (v) => changeType(v as QuestionType))}
    ${text('Points', d.points, (v) => (d.points = v), { decimal: true, required: true })}
    ${area('Question text (CommonMark)', d.text, (v) => (d.text = v), true)}
    ${typeFields()}
    ${area('Explanation, shown in a full review', d.explanation, (v) => (d.explanation = v), true)}`;
}
