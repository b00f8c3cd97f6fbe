import { identity } from '../session';

/**
 * The attempt in progress at a quiz that this browser last worked on, per person, so that a reload
 * opens it without a new start. It is only a pointer: the service says whether the attempt is still
 * in progress and what it holds. Kept across tabs, since an anonymous attempt has no other owner.
 */
function key(quizId: string): string {
  return `quizbank.attempt.${identity()?.subject ?? 'anonymous'}.${quizId}`;
}

export const keptAttempt = {
  get(quizId: string): string | null {
    return localStorage.getItem(key(quizId));
  },
  set(quizId: string, attemptId: string): void {
    localStorage.setItem(key(quizId), attemptId);
  },
  forget(quizId: string): void {
    localStorage.removeItem(key(quizId));
  },
};
