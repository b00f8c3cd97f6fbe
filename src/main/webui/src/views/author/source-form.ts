import { html, nothing } from 'lit-html';
import { live } from 'lit-html/directives/live.js';
import { Unreachable, type Problem } from '../../api';
import type { Store } from '../../store';
import { announce, unreachable } from '../../ui';
import { focus, FORMATS, type Format } from './common';

/** A document being written, in the state both the new-quiz and the edit screen keep. */
export interface Draft {
  format: Format;
  text: string;
  problem: Problem | null;
  busy: boolean;
}

export const EMPTY_DRAFT: Draft = { format: FORMATS[0], text: '', problem: null, busy: false };

/**
 * Runs what a button does; when the service cannot be reached, that is shown as the draft's problem
 * and the form is usable again, instead of a button left busy.
 */
export async function act(store: Store<Draft>, work: () => Promise<void>): Promise<void> {
  try {
    await work();
  } catch (failed) {
    if (!(failed instanceof Unreachable)) {
      throw failed;
    }
    store.set({ problem: unreachable(failed), busy: false });
    focus('problem');
  }
}

/** The document's problems beside the lines they name, each with a way to jump to its line. */
export function violationsView(draft: Readonly<Draft>) {
  const violations = draft.problem?.violations;
  if (!draft.problem) {
    return nothing;
  }
  const lines = draft.text.split('\n');
  return html`<div class="problem" role="alert" id="problem">
    <p><strong>${draft.problem.title}</strong>${draft.problem.detail ? html`: ${draft.problem.detail}` : nothing}</p>
    ${violations?.length ? html`<ol class="violations">${violations.map((v) => {
      const line = /^line (\d+)$/.exec(v.field);
      const number = line ? Number(line[1]) : null;
      return html`<li>
        <span class="field">${v.field}</span>: ${v.message}
        ${number !== null && number <= lines.length ? html`
          <pre class="source-line"><span class="line-number" aria-hidden="true">${number}</span> ${lines[number - 1]}</pre>
          <button type="button" class="link" @click=${() => selectLine(number)}>Go to line ${number}</button>` : nothing}
      </li>`;
    })}</ol>` : nothing}
    ${draft.problem.truncated ? html`<p>…and ${(draft.problem.violationCount ?? 0) - (violations?.length ?? 0)} more.</p>` : nothing}
  </div>`;
}

function selectLine(number: number) {
  const area = document.getElementById('source') as HTMLTextAreaElement;
  const lines = area.value.split('\n');
  const start = lines.slice(0, number - 1).reduce((sum, line) => sum + line.length + 1, 0);
  area.focus();
  area.setSelectionRange(start, start + (lines[number - 1]?.length ?? 0));
}

function formatOf(file: File): Format {
  const extension = file.name.split('.').pop()?.toLowerCase();
  return FORMATS.find((f) => f.readable && f.extension === extension)
    ?? (extension === 'txt' && file.type !== 'text/x-gift' ? FORMATS[0] : FORMATS.find((f) => f.type === file.type && f.readable) ?? FORMATS[0]);
}

/** The format, a file to upload and the document's text; choosing a format only marks it, unless the screen says otherwise. */
export function sourceFields(store: Store<Draft>, chooseFormat = (f: Format) => store.set({ format: f }), legend = 'Format') {
  const draft = store.state;
  return html`
    <fieldset class="inline">
      <legend>${legend}</legend>
      ${FORMATS.filter((f) => f.readable).map((f) => html`<label>
        <input type="radio" name="format" value=${f.type} .checked=${draft.format === f}
          @change=${() => chooseFormat(f)}> ${f.name}</label>`)}
    </fieldset>
    <div class="stack">
      <label for="upload">Upload a file (.md, .txt, .json, .gift)</label>
      <input id="upload" type="file" accept=".md,.txt,.json,.gift,text/markdown,application/json,text/plain"
        @change=${async (e: Event) => {
          const file = (e.target as HTMLInputElement).files?.[0];
          if (file) {
            const text = await file.text();
            const format = formatOf(file);
            store.set({ text, format, problem: null });
            announce(`Read ${file.name} as ${format.name}.`);
          }
        }}>
    </div>
    <div class="stack">
      <label for="source">Document</label>
      <textarea id="source" rows="20" spellcheck="false" .value=${live(draft.text)}
        aria-invalid=${draft.problem?.violations?.length ? 'true' : 'false'}
        aria-describedby=${draft.problem ? 'problem' : nothing}
        @input=${(e: Event) => store.stage({ text: (e.target as HTMLTextAreaElement).value })}></textarea>
    </div>`;
}

/** A text body in the chosen format, sent as it is. */
export function sourceBody(draft: Readonly<Draft>) {
  return {
    body: draft.text,
    bodySerializer: (body: unknown) => String(body),
    headers: { 'Content-Type': `${draft.format.type}; charset=utf-8` },
  };
}
