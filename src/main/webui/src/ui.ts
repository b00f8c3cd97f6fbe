import { html, nothing, render, type TemplateResult } from 'lit-html';
import type { Problem } from './api';

const main = () => document.getElementById('main')!;

/** Shows a screen: its heading gets the focus, so keyboard and screen-reader users start there. */
export function show(title: string, content: TemplateResult, options: { focus?: boolean } = {}): void {
  document.title = `${title} · Quizbank`;
  render(content, main());
  if (options.focus ?? true) {
    main().querySelector<HTMLElement>('h1')?.focus();
  }
}

/** Re-renders the current screen in place, keeping the focus where it is. */
export function refresh(content: TemplateResult): void {
  render(content, main());
}

export function announce(message: string): void {
  const announcer = document.getElementById('announcer')!;
  announcer.textContent = '';
  requestAnimationFrame(() => (announcer.textContent = message));
}

export function heading(text: string) {
  return html`<h1 tabindex="-1">${text}</h1>`;
}

/** A refusal of the service as people read it: what happened, and each problem with its place. */
export function problemView(problem: Problem | null, id = 'problem') {
  if (!problem) {
    return nothing;
  }
  return html`<div class="problem" role="alert" id=${id}>
    <p><strong>${problem.title}</strong>${problem.detail ? html`: ${problem.detail}` : nothing}</p>
    ${problem.violations?.length
      ? html`<ul>${problem.violations.map((v) => html`<li><span class="field">${v.field}</span>: ${v.message}</li>`)}</ul>
          ${problem.truncated ? html`<p>…and ${(problem.violationCount ?? 0) - problem.violations.length} more.</p>` : nothing}`
      : nothing}
  </div>`;
}

export function loading(title: string) {
  show(title, html`${heading(title)}<p>Loading…</p>`);
}

export function failure(title: string, problem: Problem) {
  show(title, html`${heading(title)}${problemView(problem)}<p><a href="#/">Back to the quizzes</a></p>`);
}

export function formatDate(value: string): string {
  return new Date(value).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}

/** "1 attempt", "2 attempts". */
export function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}
