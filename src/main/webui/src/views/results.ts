import { html, nothing, type TemplateResult } from 'lit-html';
import { block, inline } from '../markdown';
import type { Schemas } from '../api';
import type { Graded, Item, Of, Question } from '../questions';
import { worth } from './answering';

/** Correct, partly correct, incorrect, or no response at all. */
export function verdictOf(result: Graded): { label: string; tone: 'correct' | 'partial' | 'incorrect' } {
  if (result.correct) {
    return { label: 'Correct', tone: 'correct' };
  }
  if (!result.response) {
    return { label: 'Not answered', tone: 'incorrect' };
  }
  return result.fraction > 0 ? { label: 'Partly correct', tone: 'partial' } : { label: 'Incorrect', tone: 'incorrect' };
}

/** A fraction of at most four places as a percentage of at most two. */
export function percent(fraction: number): string {
  return `${Number((fraction * 100).toFixed(2))}%`;
}

/** One question of the review: what it earned, the response given and, as the quiz's settings allow, the correct one. */
export function resultView(result: Graded, question: Question | undefined): TemplateResult {
  const verdict = verdictOf(result);
  return html`<li class="result ${verdict.tone}">
    <h3>Question ${result.question}: <span class="verdict">${verdict.label}</span></h3>
    <p class="earned">${result.points} of ${worth(result.maxPoints)} · ${percent(result.fraction)}</p>
    ${question ? html`<div class="markdown">${block(question.text)}</div>${responseView(question, result)}` : fallbackView(result)}
    ${result.feedback?.length ? html`<div class="feedback"><h4>Feedback</h4>
      ${result.feedback.map((f) => html`<div class="markdown">${block(f)}</div>`)}</div>` : nothing}
    ${result.explanation ? html`<div class="explanation"><h4>Explanation</h4><div class="markdown">${block(result.explanation)}</div></div>` : nothing}
  </li>`;
}

function field<K extends keyof Schemas['Given']>(given: Schemas['Given'] | undefined, key: K): Schemas['Given'][K] {
  return given?.[key];
}

function responseView(q: Question, r: Graded): TemplateResult {
  switch (q.type) {
    case 'single':
    case 'multiple':
      return choicesView(q, r);
    case 'trueFalse': {
      const value = field(r.response, 'value');
      return facts(value === undefined ? 'none' : value ? 'True' : 'False',
        r.correctValue === undefined ? null : ['Correct answer', r.correctValue ? 'True' : 'False']);
    }
    case 'shortText':
      return facts(field(r.response, 'text') ?? 'none',
        r.acceptedAnswer === undefined ? null : ['Accepted answer', r.acceptedAnswer]);
    case 'numeric':
      return facts(field(r.response, 'number') ?? 'none',
        r.correctNumber ? ['Correct answer', interval(r.correctNumber)] : null);
    case 'matching':
      return matchingView(q, field(r.response, 'pairs') ?? {}, r.correctPairs);
    case 'ordering':
      return orderingView(q, field(r.response, 'order') ?? [], r.correctOrder);
  }
}

function facts(yours: string, correct: [string, string] | null) {
  return html`<dl class="facts">
    <div><dt>Your answer</dt><dd>${yours}</dd></div>
    ${correct ? html`<div><dt>${correct[0]}</dt><dd>${correct[1]}</dd></div>` : nothing}
  </dl>`;
}

function interval(n: NonNullable<Graded['correctNumber']>): string {
  return n.min !== undefined ? `from ${n.min} to ${n.max}` : n.tolerance && Number(n.tolerance) !== 0 ? `${n.value} ± ${n.tolerance}` : `${n.value}`;
}

function choicesView(q: Of<'single' | 'multiple'>, r: Graded) {
  const chosen = q.type === 'single' ? [field(r.response, 'choice')] : field(r.response, 'choices') ?? [];
  const correct = q.type === 'single' ? [r.correctChoice] : r.correctChoices ?? [];
  const same = (a: string | undefined, b: string) => a?.toUpperCase() === b.toUpperCase();
  return html`<ul class="review-choices">${q.choices.map((c) => html`<li>
        <span class="key">${c.key}</span> ${inline(c.text)}
        ${chosen.some((k) => same(k, c.key)) ? html`<strong class="tag">your answer</strong>` : nothing}
        ${correct.some((k) => same(k, c.key)) ? html`<strong class="tag tag-correct">correct answer</strong>` : nothing}
      </li>`)}</ul>`;
}

function textOf(items: Item[], key: string | undefined) {
  const item = items.find((i) => i.key === key);
  return item ? inline(item.text) : key ?? '—';
}

function matchingView(q: Of<'matching'>, pairs: Record<string, string>, correct: Record<string, string> | undefined) {
  return html`<div class="scroll"><table class="pairs-review">
    <caption>Your pairs${correct ? ' and the correct ones' : ''}</caption>
    <thead><tr><th scope="col">Item</th><th scope="col">Your answer</th>${correct ? html`<th scope="col">Correct answer</th>` : nothing}</tr></thead>
    <tbody>${q.stems.map((stem) => html`<tr>
      <th scope="row">${inline(stem.text)}</th>
      <td>${pairs[stem.key] ? textOf(q.options, pairs[stem.key]) : 'none'}</td>
      ${correct ? html`<td>${textOf(q.options, correct[stem.key])}</td>` : nothing}
    </tr>`)}</tbody>
  </table></div>`;
}

function orderingView(q: Of<'ordering'>, order: string[], correct: string[] | undefined) {
  return html`<div class="orders">
    <div><h4>Your order</h4>${order.length ? html`<ol>${order.map((k) => html`<li>${textOf(q.items, k)}</li>`)}</ol>` : html`<p>none</p>`}</div>
    ${correct ? html`<div><h4>Correct order</h4><ol>${correct.map((k) => html`<li>${textOf(q.items, k)}</li>`)}</ol></div>` : nothing}
  </div>`;
}

/** A question whose text is no longer served (a retired quiz): the response and the correct one by their keys. */
function fallbackView(r: Graded) {
  const shown = (value: unknown) => value === undefined || value === null ? 'none'
    : typeof value === 'object' && !Array.isArray(value) ? Object.entries(value).map(([k, v]) => `${k} → ${v}`).join(', ')
      : Array.isArray(value) ? value.join(', ') : String(value);
  const correct = r.correctChoice ?? r.correctChoices ?? r.correctValue ?? r.acceptedAnswer
    ?? (r.correctNumber ? interval(r.correctNumber) : undefined) ?? r.correctPairs ?? r.correctOrder;
  return html`<p>Your answer: ${shown(r.response ? Object.values(r.response)[0] : null)}${correct !== undefined
    ? html` · correct answer: ${shown(correct)}` : nothing}</p>`;
}
