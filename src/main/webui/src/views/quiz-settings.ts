import type { Schemas } from '../api';
import { formatDate, plural } from '../ui';

type Settings = Schemas['QuizSettings'];

const GRADING: Record<Settings['gradingMethod'], string> = {
  highest: 'highest score',
  average: 'average score',
  first: 'first attempt',
  last: 'last attempt',
};

const UNITS: [number, string][] = [[86400, 'day'], [3600, 'hour'], [60, 'minute'], [1, 'second']];

/** Seconds in whole units: 1200 is "20 minutes", 5430 "1 hour 30 minutes 30 seconds". */
export function duration(seconds: number): string {
  const parts: string[] = [];
  let rest = seconds;
  for (const [size, unit] of UNITS) {
    const count = Math.floor(rest / size);
    if (count > 0) {
      parts.push(plural(count, unit));
      rest -= count * size;
    }
  }
  return parts.length > 0 ? parts.join(' ') : '0 seconds';
}

/** What an attempt shows: one review for both phases, or one until the quiz closes and another after. */
export function reviewWords(review: Settings['review']): string {
  return typeof review === 'string' ? review : `${review.afterSubmit} until closed, then ${review.afterClose}`;
}

/**
 * How an attempt is delivered, in plain words for a learner: its time limit, when the quiz is open and
 * what is drawn; empty for a quiz that is untimed, always open and asks every question.
 */
export function deliveryWords(settings: Settings): string[] {
  const words: string[] = [];
  if (settings.timeLimitSeconds !== null) {
    words.push(`${duration(settings.timeLimitSeconds)} from the start`);
  }
  if (settings.openAt !== null && settings.closeAt !== null) {
    words.push(`open from ${formatDate(settings.openAt)} until ${formatDate(settings.closeAt)}`);
  } else if (settings.openAt !== null) {
    words.push(`opens ${formatDate(settings.openAt)}`);
  } else if (settings.closeAt !== null) {
    words.push(`open until ${formatDate(settings.closeAt)}`);
  }
  if (settings.pools.length > 0) {
    words.push(`each attempt draws ${settings.pools
      .map((pool) => `${pool.draw} of the ${plural(pool.questions.length, 'question')} on ${pool.name}`).join(', ')}`);
  }
  return words;
}

/** Everything the author set, for the editor's settings line. */
export function authorWords(settings: Settings): string[] {
  const words = [`review: ${reviewWords(settings.review)}`, settings.anonymous ? 'anonymous' : 'learners sign in'];
  if (settings.maxAttempts !== null) {
    words.push(`at most ${plural(settings.maxAttempts, 'attempt')}`);
  }
  if (settings.maxAttempts !== 1) {
    words.push(`graded by the ${GRADING[settings.gradingMethod]}`);
  }
  words.push(...deliveryWords(settings));
  if (settings.timeLimitSeconds !== null && settings.graceSeconds > 0) {
    words.push(`${duration(settings.graceSeconds)} of grace`);
  }
  if (settings.shuffleQuestions || settings.shuffleChoices) {
    words.push(`${[settings.shuffleQuestions ? 'questions' : '', settings.shuffleChoices ? 'choices' : '']
      .filter((part) => part !== '').join(' and ')} shuffled`);
  }
  return words;
}
