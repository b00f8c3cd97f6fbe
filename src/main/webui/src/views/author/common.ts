import { html } from 'lit-html';
import type { paths } from '../../generated/api';
import { managesQuizzes } from '../../session';
import { heading, type Screen } from '../../ui';

/** The media types the API exports a quiz in, and those of them it publishes from, as the API document has them. */
type Exported = keyof paths['/quizzes/{id}/source']['get']['responses'][200]['content'];
type Readable = keyof NonNullable<paths['/quizzes']['post']['requestBody']>['content'];

export type Format = { name: string; extension: string } & ({ type: Readable; readable: true } | { type: Exported; readable: false });

/** The source formats of the API: the first three are read and written, the last two only written. */
export const FORMATS: Format[] = [
  { type: 'text/markdown', name: 'Native document', extension: 'md', readable: true },
  { type: 'application/json', name: 'JSON', extension: 'json', readable: true },
  { type: 'text/x-gift', name: 'Moodle GIFT', extension: 'gift', readable: true },
  { type: 'application/xml', name: 'Moodle XML', extension: 'xml', readable: false },
  { type: 'application/zip', name: 'QTI 3.0 package', extension: 'zip', readable: false },
];

/**
 * Authors always see what is published now: their reads revalidate instead of taking the minute a
 * current version may be cached for, which would also hand If-Match a stale tag.
 */
export const FRESH = { cache: 'no-cache' } as const;

/** Said on the next author screen: a screen that navigates away leaves its outcome here. */
let flash: string | null = null;

export function flashOnNextScreen(message: string): void {
  flash = message;
}

/** The message left for this screen, said once. */
export function takeFlash(): string | null {
  const message = flash;
  flash = null;
  return message;
}

export function authorsOnly(screen: Screen, title: string): boolean {
  if (managesQuizzes()) {
    return true;
  }
  screen.show(title, html`${heading(title)}<p>This part is for quiz authors: <a href="#/sign-in">sign in</a> with an author's or an admin's token.</p>`);
  return false;
}

/** After a render, the focus goes where the person should read next. */
export function focus(id: string): void {
  document.getElementById(id)?.focus();
}
