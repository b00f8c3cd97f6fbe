import { isEmpty, type Given } from '../questions';

/** Responses by question number. */
export type Answers = ReadonlyMap<number, Given>;

/**
 * What this device changed since its last successful save, by question number: the new response,
 * or an empty one (no tick, a blank field) where a saved response was taken back, as a save sends it.
 */
export type Changes = ReadonlyMap<number, Given>;

/** A response as the service sends it (every field optional) in the one field of its type; null for none. */
export function fromService(given: { [field: string]: unknown } | null | undefined): Given | null {
  if (!given) {
    return null;
  }
  const [field] = (['choice', 'choices', 'value', 'text', 'number', 'pairs', 'order'] as const)
    .filter((name) => given[name] !== undefined && given[name] !== null);
  return field ? ({ [field]: given[field] } as Given) : null;
}

/** The saved responses of an attempt as the service sends them, keyed by the question number as a string. */
export function answersOf(saved: Record<string, { [field: string]: unknown }>): Map<number, Given> {
  const answers = new Map<number, Given>();
  for (const [question, given] of Object.entries(saved)) {
    const response = fromService(given);
    if (response && !isEmpty(response)) {
      answers.set(Number(question), response);
    }
  }
  return answers;
}

/** Whether two responses say the same: ticks and pairs in any order, a number with or without spaces around it. */
export function same(a: Given | undefined, b: Given | undefined): boolean {
  if (a === undefined || b === undefined) {
    return a === b;
  }
  if ('choice' in a && 'choice' in b) {
    return a.choice === b.choice;
  }
  if ('choices' in a && 'choices' in b) {
    return a.choices.length === b.choices.length && a.choices.every((key) => b.choices.includes(key));
  }
  if ('value' in a && 'value' in b) {
    return a.value === b.value;
  }
  if ('text' in a && 'text' in b) {
    return a.text === b.text;
  }
  if ('number' in a && 'number' in b) {
    return a.number.trim() === b.number.trim();
  }
  if ('pairs' in a && 'pairs' in b) {
    const keys = Object.keys(a.pairs);
    return keys.length === Object.keys(b.pairs).length && keys.every((key) => a.pairs[key] === b.pairs[key]);
  }
  if ('order' in a && 'order' in b) {
    return a.order.length === b.order.length && a.order.every((key, i) => key === b.order[i]);
  }
  return false;
}

/** The empty response in the field of a given one, which takes it back; null where the type has none (a radio). */
function emptyOf(given: Given): Given | null {
  if ('choices' in given) {
    return { choices: [] };
  }
  if ('text' in given) {
    return { text: '' };
  }
  if ('number' in given) {
    return { number: '' };
  }
  if ('pairs' in given) {
    return { pairs: {} };
  }
  if ('order' in given) {
    return { order: [] };
  }
  return null;
}

/** What {@code current} changed of {@code saved}: each response given or changed, and each taken back. */
export function changesSince(saved: Answers, current: Answers): Changes {
  const changes = new Map<number, Given>();
  for (const [question, given] of current) {
    if (!same(saved.get(question), given)) {
      changes.set(question, given);
    }
  }
  for (const [question, given] of saved) {
    const empty = current.has(question) ? null : emptyOf(given);
    if (empty) {
      changes.set(question, empty);
    }
  }
  return changes;
}

/** The responses with the changes on top: a change replaces a response, an empty one takes it back. */
export function applyChanges(onto: Answers, changes: Changes): Map<number, Given> {
  const result = new Map(onto);
  for (const [question, given] of changes) {
    if (isEmpty(given)) {
      result.delete(question);
    } else {
      result.set(question, given);
    }
  }
  return result;
}

/**
 * A save refused because another device saved first: the service's current responses, with what
 * this device changed since its own last successful save on top. A question both changed keeps this
 * device's response, the one just given here; every other question keeps the other device's.
 */
export function merge(current: Answers, lastSaved: Answers, here: Answers): { answers: Map<number, Given>; changes: Changes } {
  const changes = changesSince(lastSaved, here);
  return { answers: applyChanges(current, changes), changes };
}

/** The body of a save: each change as the sheet takes an answer, in question order. */
export function toSave(changes: Changes): ({ question: number } & Given)[] {
  return [...changes].sort(([a], [b]) => a - b).map(([question, given]) =>
    ({ question, ...('number' in given ? { number: given.number.trim() } : given) }));
}
