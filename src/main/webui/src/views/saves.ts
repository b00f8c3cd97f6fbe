import { html, type TemplateResult } from 'lit-html';
import { api, asProblem, reach, Unreachable, type Problem, type Schemas } from '../api';
import { clockTime } from '../attempt/clock';
import { answersOf, applyChanges, changesSince, merge, toSave, type Answers, type Changes } from '../attempt/merge';
import { DECIMAL } from '../questions';
import type { Responses } from './responses';
import type { HandedIn } from './review';

type State = Schemas['AttemptState'];

/** A 412 on a save carries the attempt as the service holds it now, and its ETag. */
type Changed = Problem & { attempt?: State; etag?: string };

type SaveStatus =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'saved'; at: Date; merged: boolean }
  | { kind: 'failed'; reason: string };

export const TIME_IS_UP = '/problems/time-is-up';
const SUBMITTED = '/problems/attempt-submitted';

/** What the attempt screen does about a save: show its status, or hand the attempt in when the service says it has ended. */
export interface SaveEvents {
  changed(): void;
  ended(reason: HandedIn['reason']): void;
  /** Whether the attempt has ended, so that nothing is sent again later. */
  hasEnded(): boolean;
}

/**
 * The responses of an attempt in progress as the service holds them, as far as this page knows, and the
 * ETag that names them. A save sends what changed since, with If-Match; when another device saved
 * first, its responses are merged with the changes made here and the save is tried once more.
 */
export class AttemptSaves {
  private status: SaveStatus = { kind: 'idle' };
  private saved: Answers;
  private etag: string;
  /** Set as the page goes (a reload): a save then must outlive it. */
  unloading = false;

  constructor(private readonly attemptId: string, state: State, etag: string | null, private readonly responses: Responses,
    private readonly positions: ReadonlyMap<number, number>, private readonly events: SaveEvents) {
    this.saved = answersOf(state.responses);
    this.etag = etag ?? '';
  }

  /** The changes since the last save that a save can carry, and the places of numbers it cannot. */
  pending(): { send: Changes; notNumbers: number[] } {
    const send = new Map(changesSince(this.saved, this.responses.snapshot()));
    const notNumbers: number[] = [];
    for (const [question, given] of send) {
      if ('number' in given && given.number.trim() !== '' && !DECIMAL.test(given.number.trim())) {
        send.delete(question);
        notNumbers.push(this.positions.get(question)!);
      }
    }
    return { send, notNumbers };
  }

  /** The places of the questions whose responses the service does not hold yet, in order. */
  unsaved(): number[] {
    return [...changesSince(this.saved, this.responses.snapshot()).keys()].map((q) => this.positions.get(q)!).sort((a, b) => a - b);
  }

  async save(): Promise<void> {
    let merged = false;
    for (let tries = 0; tries < 2; tries++) {
      const { send, notNumbers } = this.pending();
      if (send.size === 0) {
        if (notNumbers.length) {
          this.show({ kind: 'failed', reason: `question ${notNumbers.join(', ')} is not a number yet` });
        } else if (this.status.kind === 'failed') {
          // What failed to go has been changed back to what the service holds.
          this.show({ kind: 'idle' });
        } else {
          this.events.changed();
        }
        return;
      }
      this.show({ kind: 'saving' });
      let answer;
      try {
        answer = await reach(() => api.PUT('/attempts/{attemptId}/responses', {
          params: { path: { attemptId: this.attemptId }, header: { 'If-Match': this.etag } },
          body: { answers: toSave(send) },
          keepalive: this.unloading,
        }));
      } catch (failed) {
        if (!(failed instanceof Unreachable)) {
          throw failed;
        }
        this.show({ kind: 'failed', reason: `the service could not be reached. Your answers stay on this page${this.events.hasEnded()
          ? '.' : ' and are sent again shortly.'}` });
        return;
      }
      const { data, error, response } = answer;
      if (data) {
        this.etag = response.headers.get('ETag') ?? this.etag;
        this.saved = applyChanges(this.saved, send);
        this.show({ kind: 'saved', at: new Date(), merged });
        return;
      }
      const refused = asProblem(error, response) as Changed;
      if (response.status === 412 && refused.attempt) {
        // Another device saved first: its responses, with the changes made here since this page's last save on top.
        const current = answersOf(refused.attempt.responses);
        this.responses.replace(merge(current, this.saved, this.responses.snapshot()).answers);
        this.saved = current;
        this.etag = refused.etag ?? response.headers.get('ETag') ?? this.etag;
        merged = true;
        continue;
      }
      if (refused.type.endsWith(TIME_IS_UP) || refused.type.endsWith(SUBMITTED)) {
        this.events.ended(refused.type.endsWith(TIME_IS_UP) ? 'timeUp' : 'elsewhere');
        return;
      }
      this.show({ kind: 'failed', reason: refused.detail || refused.title });
      return;
    }
    this.show({ kind: 'failed', reason: 'another device saved this attempt at the same moment. Your answers are sent again shortly.' });
  }

  private show(status: SaveStatus): void {
    this.status = status;
    this.events.changed();
  }

  /** The line that says where the saving stands. */
  view(): TemplateResult {
    const status = this.status;
    switch (status.kind) {
      case 'idle':
        return html`<p class="save-status">Your answers are saved as you go.</p>`;
      case 'saving':
        return html`<p class="save-status">Saving…</p>`;
      case 'saved':
        return html`<p class="save-status">Saved at ${clockTime(status.at)}${status.merged
          ? ', with the answers saved on another device' : ''}</p>`;
      case 'failed':
        return html`<p class="save-status failed" role="alert">Not saved: ${status.reason}</p>`;
    }
  }
}
