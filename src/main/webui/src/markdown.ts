import MarkdownIt from 'markdown-it';
import { unsafeHTML } from 'lit-html/directives/unsafe-html.js';

/**
 * Quiz texts are CommonMark written by authors. Raw HTML in them is shown as text, never run:
 * `html: false` escapes it, and markdown-it drops javascript: and data: links.
 */
const markdown = new MarkdownIt('commonmark', { html: false });

export function block(text: string) {
  return unsafeHTML(markdown.render(text));
}

export function inline(text: string) {
  return unsafeHTML(markdown.renderInline(text));
}

/** The words of an inline text without its markup, for places that take no markup (an option, an announcement). */
export function plain(text: string): string {
  return new DOMParser().parseFromString(markdown.renderInline(text), 'text/html').body.textContent ?? '';
}
