/** The timers the schedule runs on: the page's own, or a test's. */
export interface Timers {
  setTimeout(run: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
  setInterval(run: () => void, ms: number): unknown;
  clearInterval(handle: unknown): void;
}

export interface AutosaveOptions {
  /** How long after the last change a save starts: typing a word makes one save, not one a letter. */
  quietMs?: number;
  /** How often a save is tried anyway, for what an earlier save could not store. */
  everyMs?: number;
  timers?: Timers;
}

/**
 * When an attempt's responses are saved: a short while after the last change, every 30 seconds, and
 * at once when asked ({@link flush}). One save runs at a time; a save asked for while one runs starts
 * when it ends, so that the second carries the changes made during the first. Whether there is
 * anything to save, and what, is for {@code save} to say.
 */
export class Autosave {
  private readonly quietMs: number;
  private readonly timers: Timers;
  private readonly ticker: unknown;
  private quiet: unknown = null;
  private running: Promise<void> | null = null;
  private again = false;
  private stopped = false;

  constructor(private readonly save: () => Promise<void>, options: AutosaveOptions = {}) {
    this.quietMs = options.quietMs ?? 1000;
    this.timers = options.timers ?? {
      setTimeout: (run, ms) => setTimeout(run, ms),
      clearTimeout: (handle) => clearTimeout(handle as number),
      setInterval: (run, ms) => setInterval(run, ms),
      clearInterval: (handle) => clearInterval(handle as number),
    };
    this.ticker = this.timers.setInterval(() => void this.run(), options.everyMs ?? 30_000);
  }

  /** A response changed: saves once the responses have been left alone for a moment. */
  changed(): void {
    if (this.stopped) {
      return;
    }
    this.cancelQuiet();
    this.quiet = this.timers.setTimeout(() => {
      this.quiet = null;
      void this.run();
    }, this.quietMs);
  }

  /**
   * Saves now, after a save under way; resolves once what was changed until now has been through a
   * save. It saves even once stopped: the last changes still go when the time is up.
   */
  async flush(): Promise<void> {
    this.cancelQuiet();
    while (this.running) {
      await this.running;
    }
    await this.run(true);
  }

  /** No save starts by itself any more; one under way ends as it does. */
  stop(): void {
    this.stopped = true;
    this.cancelQuiet();
    this.timers.clearInterval(this.ticker);
  }

  /** Whether a save is under way. */
  get saving(): boolean {
    return this.running !== null;
  }

  private run(asked = false): Promise<void> {
    if (this.stopped && !asked) {
      return Promise.resolve();
    }
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = this.save().finally(() => {
      this.running = null;
      if (this.again) {
        this.again = false;
        void this.run();
      }
    });
    return this.running;
  }

  private cancelQuiet(): void {
    if (this.quiet !== null) {
      this.timers.clearTimeout(this.quiet);
      this.quiet = null;
    }
  }
}
