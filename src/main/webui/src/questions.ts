import type { Schemas } from './api';

/**
 * The question types as the client works with them: each delivered question narrowed by its `type`
 * to the fields that type has, and each response in the one field the sheet takes for it.
 */
export interface Item {
  key: string;
  text: string;
}

interface Common {
  number: number;
  points: number;
  text: string;
}

export type Question = Common & (
  | { type: 'single' | 'multiple'; choices: Item[] }
  | { type: 'trueFalse' | 'shortText' | 'numeric' }
  | { type: 'matching'; stems: Item[]; options: Item[] }
  | { type: 'ordering'; items: Item[] });

export type QuestionType = Question['type'];

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

/** A delivered question; a service that names no type serves single-choice questions worth one point. */
export function asQuestion(view: Schemas['QuestionView']): Question {
  const fields = view as Partial<{ type: QuestionType; points: number; choices: Item[]; stems: Item[]; options: Item[]; items: Item[] }>;
  const common = { number: view.number, text: view.text, points: Number(fields.points ?? 1) };
  const type = fields.type ?? 'single';
  switch (type) {
    case 'single':
    case 'multiple':
      return { ...common, type, choices: fields.choices ?? [] };
    case 'matching':
      return { ...common, type, stems: fields.stems ?? [], options: fields.options ?? [] };
    case 'ordering':
      return { ...common, type, items: fields.items ?? [] };
    default:
      return { ...common, type };
  }
}

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
export interface Graded {
  question: number;
  response: Given | null;
  fraction: number;
  points: number;
  maxPoints: number;
  correct: boolean;
  correctChoice?: string;
  correctChoices?: string[];
  correctValue?: boolean;
  acceptedAnswer?: string;
  correctNumber?: { value?: string; tolerance?: string; min?: string; max?: string };
  correctPairs?: Record<string, string>;
  correctOrder?: string[];
  feedback?: string[];
  explanation?: string;
}

/**
 * A result as the service gives it; one from before question types (no fraction) reads as a
 * single-choice question worth one point.
 */
export function asGraded(result: Schemas['QuestionResult']): Graded {
  const fields = result as Partial<Graded> & { chosen?: string | null };
  const legacy = fields.fraction === undefined;
  const fraction = legacy ? (result.correct ? 1 : 0) : Number(fields.fraction);
  return {
    ...fields,
    question: result.question,
    correct: result.correct,
    response: fields.response !== undefined ? fields.response : fields.chosen ? { choice: fields.chosen } : null,
    fraction,
    points: legacy ? fraction : Number(fields.points),
    maxPoints: legacy ? 1 : Number(fields.maxPoints),
  };
}
