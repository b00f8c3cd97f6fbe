/**
 * The time of an attempt as the page shows it. The deadline is the service's; the page only counts
 * down to it, on its own clock corrected by how far that clock is off the service's.
 */

/** The remaining moments that a screen reader hears, in seconds, each with what it says. */
export const ANNOUNCED: readonly [number, string][] = [
  [300, '5 minutes left'],
  [60, '1 minute left'],
];

/** Whole seconds left until the deadline, rounded up, so that 00:00 shows only once the time is up. */
export function secondsLeft(deadline: number, now: number): number {
  return Math.max(0, Math.ceil((deadline - now) / 1000));
}

/** The countdown as it shows: mm:ss, with minutes past 59 kept as minutes (90:00). */
export function countdown(seconds: number): string {
  const whole = Math.max(0, Math.floor(seconds));
  return `${String(Math.floor(whole / 60)).padStart(2, '0')}:${String(whole % 60).padStart(2, '0')}`;
}

/**
 * What to say when the time left went from {@code before} to {@code after} seconds: the last of the
 * announced moments passed on the way, or nothing. The first reading of the clock ({@code before}
 * null) passes none, so that opening the page says nothing of the time.
 */
export function announcement(before: number | null, after: number): string | null {
  if (before === null) {
    return null;
  }
  let said: string | null = null;
  for (const [moment, words] of ANNOUNCED) {
    if (before > moment && after <= moment && after > 0) {
      said = words;
    }
  }
  return said;
}

/** hh:mm:ss on a 24-hour clock, as the save status shows the time of the last save. */
export function clockTime(at: Date): string {
  return [at.getHours(), at.getMinutes(), at.getSeconds()].map((n) => String(n).padStart(2, '0')).join(':');
}

/**
 * How far the service's clock is ahead of the page's, in milliseconds, taken halfway through the
 * request that gave the attempt: from the start time of an attempt that this very request started
 * (to the microsecond), else from the answer's Date header (to the second); 0 without either.
 */
export function clockOffset(dateHeader: string | null, startedNow: string | null, sentAt: number, receivedAt: number): number {
  const halfway = (sentAt + receivedAt) / 2;
  const started = startedNow ? Date.parse(startedNow) : NaN;
  if (!Number.isNaN(started)) {
    return started - halfway;
  }
  const served = dateHeader ? Date.parse(dateHeader) : NaN;
  // The header drops the milliseconds: its second began up to a second before the service answered.
  return Number.isNaN(served) ? 0 : served + 500 - halfway;
}
