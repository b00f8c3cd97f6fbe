import type { QuestionType } from '../../questions';

/**
 * A question of the JSON source as the structured editor keeps it while the author types: every
 * field a string or a flag, as the form holds it; {@link toSource} writes it back in the fields
 * the JSON source's names (docs/question-types.md), and the service checks it when the quiz is published.
 */
export type Source = Record<string, unknown>;

export interface Row {
  key: string;
  text: string;
  fraction: string;
  feedback: string;
  correct: boolean;
  /** shortText: exact or wildcard; numeric: nominal (value ± tolerance) or range. */
  match: string;
  value: string;
  tolerance: string;
  min: string;
  max: string;
  /** matching stems: the option key it pairs with. */
  pairsWith: string;
}

export interface QuestionDraft {
  type: QuestionType;
  number: number;
  points: string;
  text: string;
  explanation: string;
  scoring: string;
  choices: Row[];
  answer: boolean;
  feedbackIfTrue: string;
  feedbackIfFalse: string;
  answers: Row[];
  caseSensitive: boolean;
  stems: Row[];
  options: Row[];
  items: Row[];
  /** What the form does not edit (fields of a newer source), kept as it was. */
  rest: Source;
}

export const SCORING: Partial<Record<QuestionType, string[]>> = {
  multiple: ['allOrNothing', 'rightMinusWrong', 'weighted'],
  matching: ['perPair', 'allOrNothing'],
  ordering: ['allOrNothing', 'absolutePosition', 'longestOrderedSubset'],
};

export function row(fields: Partial<Row> = {}): Row {
  return { key: '', text: '', fraction: '', feedback: '', correct: false, match: '', value: '', tolerance: '', min: '', max: '', pairsWith: '', ...fields };
}

/** The next free key in a list of rows: A, B, C… for choices, prefix and a number otherwise. */
export function nextKey(rows: Row[], prefix: string | null): string {
  const taken = new Set(rows.map((r) => r.key));
  for (let n = 0; ; n++) {
    const key = prefix === null ? (n < 26 ? String.fromCharCode(65 + n) : `Z${n}`) : `${prefix}${n + 1}`;
    if (!taken.has(key)) {
      return key;
    }
  }
}

/** A new question of a type, with the rows an author starts from. */
export function emptyDraft(type: QuestionType, number: number, from?: QuestionDraft): QuestionDraft {
  const draft: QuestionDraft = {
    type, number, points: from?.points ?? '1', text: from?.text ?? '', explanation: from?.explanation ?? '',
    scoring: SCORING[type]?.[0] ?? '', choices: [], answer: true, feedbackIfTrue: '', feedbackIfFalse: '',
    answers: [], caseSensitive: false, stems: [], options: [], items: [], rest: from?.rest ?? {},
  };
  if (type === 'single' || type === 'multiple') {
    draft.choices = from && from.choices.length ? from.choices : ['A', 'B', 'C'].map((key) => row({ key }));
  } else if (type === 'shortText') {
    draft.answers = [row({ fraction: '1', match: 'exact' })];
  } else if (type === 'numeric') {
    draft.answers = [row({ fraction: '1', match: 'nominal', tolerance: '0' })];
  } else if (type === 'matching') {
    draft.stems = [row({ key: 's1', pairsWith: 'o1' }), row({ key: 's2', pairsWith: 'o2' })];
    draft.options = [row({ key: 'o1' }), row({ key: 'o2' })];
  } else if (type === 'ordering') {
    draft.items = [row({ key: 'i1' }), row({ key: 'i2' }), row({ key: 'i3' })];
  }
  return draft;
}

const OWNED = ['number', 'type', 'points', 'text', 'explanation', 'scoring', 'choices', 'answer', 'correct', 'feedbackIfTrue',
  'feedbackIfFalse', 'answers', 'caseSensitive', 'stems', 'options', 'pairs', 'items'];

const str = (value: unknown) => (value === undefined || value === null ? '' : String(value));
const list = (value: unknown) => (Array.isArray(value) ? (value as Source[]) : []);

/** A question of the JSON source as the form edits it. */
export function fromSource(q: Source): QuestionDraft {
  const type = (q.type ?? 'single') as QuestionType;
  const rest = Object.fromEntries(Object.entries(q).filter(([k]) => !OWNED.includes(k)));
  const correct = list(q.correct) as unknown as string[];
  const pairs = (q.pairs ?? {}) as Record<string, string>;
  return {
    type, number: Number(q.number), points: str(q.points ?? 1), text: str(q.text), explanation: str(q.explanation),
    scoring: str(q.scoring) || (SCORING[type]?.[0] ?? ''),
    choices: list(q.choices).map((c) => row({
      key: str(c.key), text: str(c.text), fraction: str(c.fraction), feedback: str(c.feedback),
      correct: type === 'single' ? c.key === q.answer : correct.includes(str(c.key)),
    })),
    answer: q.answer !== false, feedbackIfTrue: str(q.feedbackIfTrue), feedbackIfFalse: str(q.feedbackIfFalse),
    answers: list(q.answers).map((a) => row({
      text: str(a.text), fraction: str(a.fraction ?? 1), feedback: str(a.feedback), value: str(a.value), tolerance: str(a.tolerance),
      min: str(a.min), max: str(a.max), match: type === 'numeric' ? (a.min !== undefined ? 'range' : 'nominal') : str(a.match) || 'exact',
    })),
    caseSensitive: q.caseSensitive === true,
    stems: list(q.stems).map((s) => row({ key: str(s.key), text: str(s.text), pairsWith: str(pairs[str(s.key)]) })),
    options: list(q.options).map((o) => row({ key: str(o.key), text: str(o.text) })),
    items: list(q.items).map((i) => row({ key: str(i.key), text: str(i.text) })),
    rest,
  };
}

/**
 * A decimal typed in the form as a JSON number when it has at most 15 digits (a double holds those
 * exactly, so the service reads the decimal that was typed); anything else as typed, for the service to judge.
 */
function decimal(text: string): number | string {
  const trimmed = text.trim();
  return /^-?\d+(\.\d+)?$/.test(trimmed) && trimmed.replace(/\D/g, '').length <= 15 ? Number(trimmed) : trimmed;
}

const optional = (name: string, value: string) => (value.trim() === '' ? {} : { [name]: value });
const keyed = (rows: Row[]) => rows.map((r) => ({ key: r.key.trim(), text: r.text }));

/** The question in the JSON source's fields, only those of its type. */
export function toSource(d: QuestionDraft): Source {
  const common = { number: d.number, type: d.type, points: decimal(d.points), text: d.text };
  const explanation = optional('explanation', d.explanation);
  const choices = () => d.choices.map((c) => ({
    key: c.key.trim(), text: c.text, ...(d.type === 'multiple' && c.fraction.trim() !== '' ? { fraction: decimal(c.fraction) } : {}),
    ...optional('feedback', c.feedback),
  }));
  switch (d.type) {
    case 'single':
      return { ...d.rest, ...common, choices: choices(), answer: d.choices.find((c) => c.correct)?.key.trim() ?? '', ...explanation };
    case 'multiple':
      return { ...d.rest, ...common, choices: choices(), correct: d.choices.filter((c) => c.correct).map((c) => c.key.trim()),
        scoring: d.scoring, ...explanation };
    case 'trueFalse':
      return { ...d.rest, ...common, answer: d.answer, ...optional('feedbackIfTrue', d.feedbackIfTrue),
        ...optional('feedbackIfFalse', d.feedbackIfFalse), ...explanation };
    case 'shortText':
      return { ...d.rest, ...common, answers: d.answers.map((a) => ({
        text: a.text, fraction: decimal(a.fraction || '1'), match: a.match || 'exact', ...optional('feedback', a.feedback),
      })), caseSensitive: d.caseSensitive, ...explanation };
    case 'numeric':
      return { ...d.rest, ...common, answers: d.answers.map((a) => ({
        ...(a.match === 'range' ? { min: a.min.trim(), max: a.max.trim() } : { value: a.value.trim(), tolerance: a.tolerance.trim() || '0' }),
        fraction: decimal(a.fraction || '1'), ...optional('feedback', a.feedback),
      })), ...explanation };
    case 'matching':
      return { ...d.rest, ...common, stems: keyed(d.stems), options: keyed(d.options),
        pairs: Object.fromEntries(d.stems.map((s) => [s.key.trim(), s.pairsWith])), scoring: d.scoring, ...explanation };
    case 'ordering':
      return { ...d.rest, ...common, items: keyed(d.items), scoring: d.scoring, ...explanation };
  }
}

/** Whole points the questions add up to, as the scoring guide counts them (a guide ends at the whole part of the sum). */
function wholeMaximum(questions: Source[]): number {
  const tenThousandths = questions.reduce((sum, q) => sum + Math.round(Number(q.points ?? 1) * 10000), 0);
  return Math.floor(tenThousandths / 10000);
}

/**
 * The scoring guide ends at the quiz's maximum score, which a question added or re-weighted moves:
 * the band that ended at the old maximum is made to end at the new one, as an author would do by
 * hand. The band is named, to be said to the author; a guide that did not end there is left to the service to judge.
 */
export function fitGuide(document: Source, questions: Source[]): { document: Source; stretched: string | null } {
  const guide = Array.isArray(document.scoringGuide) ? (document.scoringGuide as Source[]) : [];
  const before = wholeMaximum(Array.isArray(document.questions) ? (document.questions as Source[]) : []);
  const after = wholeMaximum(questions);
  const top = guide.findIndex((band) => Number(band.maxScore) === before);
  if (before === after || top < 0 || Number(guide[top].minScore) > after) {
    return { document: { ...document, questions }, stretched: null };
  }
  const scoringGuide = guide.map((band, k) => (k === top ? { ...band, maxScore: after } : band));
  return { document: { ...document, questions, scoringGuide }, stretched: `${guide[top].level} now ends at ${after}` };
}
