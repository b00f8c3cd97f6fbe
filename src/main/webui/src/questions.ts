import type { Schemas } from './api';

/**
 * The question types as the client works with them, in the types generated from the API document: a
 * delivered question narrowed by its `type` to the fields of that type, and a response in the one
 * field the sheet takes for its type.
 */
export type Item = Schemas['Item'];

export type Question = Schemas['QuestionView'];

export type QuestionType = Question['type'];

/** A question of the given type, with the fields of that type. */
export type Of<T extends QuestionType> = Extract<Question, { type: T }>;

export const TYPE_NAMES: Record<QuestionType, string> = {
  single: 'Single choice',
  multiple: 'Multiple choice',
  trueFalse: 'True or false',
  shortText: 'Short text',
  numeric: 'Numeric',
  matching: 'Matching',
  ordering: 'Ordering',
};

/** A response in the field its question type takes in the sheet and in a result. */
export type Given =
  | { choice: string }
  | { choices: string[] }
  | { value: boolean }
  | { text: string }
  | { number: string }
  | { pairs: Record<string, string> }
  | { order: string[] };

/** A response that says nothing (no tick, a blank field, no pair) leaves the question unanswered. */
export function isEmpty(given: Given): boolean {
  if ('choices' in given) {
    return given.choices.length === 0;
  }
  if ('text' in given) {
    return given.text.trim() === '';
  }
  if ('number' in given) {
    return given.number.trim() === '';
  }
  if ('pairs' in given) {
    return Object.keys(given.pairs).length === 0;
  }
  if ('order' in given) {
    return given.order.length === 0;
  }
  return false;
}

/** An exact decimal as the sheet takes it: digits with an optional sign and point, no exponent. */
export const DECIMAL = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;

/** The graded result of one question, with the fields of every type (the review reads those of its own). */
export type Graded = Schemas['QuestionResult'];
