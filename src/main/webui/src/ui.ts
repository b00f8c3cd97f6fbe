import { html, nothing, render, type TemplateResult } from 'lit-html';
import type { Problem } from './api';

const main = () => document.getElementById('main')!;

let latest = 0;

/**
 * One visit of a screen. What it would render after the person has moved on (a slow answer, a
 * submission that completes later) is dropped, so it never replaces the screen they are on.
 */
export class Screen {
  private readonly id = ++latest;

  get current(): boolean {
    return this.id === latest;
  }

  /** Shows the screen: its heading gets the focus, so keyboard and screen-reader users start there. */
  show(title: string, content: TemplateResult): void {
    if (this.current) {
      document.title = `${title} · Quizbank`;
      render(content, main());
      main().querySelector<HTMLElement>('h1')?.focus();
    }
  }

  /** Renders the screen again in place, keeping the focus where it is. */
  refresh(content: TemplateResult): void {
    if (this.current) {
      render(content, main());
    }
  }

  loading(title: string): void {
    this.show(title, html`${heading(title)}<p>Loading…</p>`);
  }

  failure(title: string, problem: Problem): void {
    this.show(title, html`${heading(title)}${problemView(problem)}<p><a href="#/">Back to the quizzes</a></p>`);
  }

  /** Moves to another screen, unless the person already has. */
  go(hash: string): void {
    if (this.current) {
      location.hash = hash;
    }
  }
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
  return html`<div class="problem" role="alert" id=${id} tabindex="-1">
    <p><strong>${problem.title}</strong>${problem.detail ? html`: ${problem.detail}` : nothing}</p>
    ${problem.violations?.length
      ? html`<ul>${problem.violations.map((v) => html`<li><span class="field">${v.field}</span>: ${v.message}</li>`)}</ul>
          ${problem.truncated ? html`<p>…and ${(problem.violationCount ?? 0) - problem.violations.length} more.</p>` : nothing}`
      : nothing}
  </div>`;
}

export function formatDate(value: string): string {
  return new Date(value).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}

/** "1 attempt", "2 attempts". */
export function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

/** A network failure as a problem to show where the refused request's problem would go. */
export function unreachable(error: unknown): Problem {
  return {
    type: 'about:blank', title: 'Service unreachable', status: 0,
    detail: error instanceof Error ? error.message : 'The service could not be reached.',
  };
}

/** The lists of the API are paged alike: this many items to a screen. */
export const PAGE_SIZE = 20;

/** Links to the page before and after, and where this one stands; nothing when one page holds the list. */
export function pager(label: string, route: string, page: number, total: number) {
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  return pages > 1 ? html`<nav class="pager" aria-label=${label}>
      ${page > 0 ? html`<a href="#${route}?page=${page - 1}">Previous page</a>` : nothing}
      <span>Page ${page + 1} of ${pages}</span>
      ${page + 1 < pages ? html`<a href="#${route}?page=${page + 1}">Next page</a>` : nothing}
    </nav>` : nothing;
}
