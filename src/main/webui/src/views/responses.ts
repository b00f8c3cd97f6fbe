import { plain } from '../markdown';
import { DECIMAL, isEmpty, type Given, type Of, type Question } from '../questions';
import { announce } from '../ui';

/**
 * The learner's responses while taking a quiz, one per question in the field of its type, and the
 * order each ordering question shows its items in. An ordering counts as answered once an item has
 * been moved: the served order is never the correct one, so leaving it as served says nothing.
 */
export class Responses {
  private readonly given = new Map<number, Given>();
  private readonly orders = new Map<number, string[]>();
  /** Numeric fields the learner has left: a number being typed is judged only then. */
  private readonly left = new Set<number>();

  constructor(restored: [number, Given][], private readonly changed: () => void) {
    for (const [question, given] of restored) {
      this.given.set(question, given);
      if ('order' in given) {
        this.orders.set(question, given.order);
      }
    }
  }

  get size(): number {
    return this.given.size;
  }

  get(question: number): Given | undefined {
    return this.given.get(question);
  }

  /** The responses as they stand, by question number. */
  snapshot(): Map<number, Given> {
    return new Map(this.given);
  }

  /** Puts these responses in place of all others (merged with another device's), each ordering in its order. */
  replace(responses: ReadonlyMap<number, Given>): void {
    this.given.clear();
    this.orders.clear();
    for (const [question, given] of responses) {
      this.given.set(question, given);
      if ('order' in given) {
        this.orders.set(question, given.order);
      }
    }
  }

  set(question: number, given: Given): void {
    if (isEmpty(given)) {
      this.given.delete(question);
    } else {
      this.given.set(question, given);
    }
    this.changed();
  }

  order(question: Of<'ordering'>): string[] {
    return this.orders.get(question.number) ?? question.items.map((i) => i.key);
  }

  /** Moves an item by one place, keeps the focus on the button pressed (or its twin at an end) and says where it went. */
  move(question: Of<'ordering'>, from: number, by: -1 | 1): void {
    const order = [...this.order(question)];
    const to = from + by;
    [order[from], order[to]] = [order[to], order[from]];
    this.orders.set(question.number, order);
    this.set(question.number, { order });
    const moved = question.items.findIndex((i) => i.key === order[to]);
    const atEnd = by < 0 ? to === 0 : to === order.length - 1;
    const direction = atEnd ? (by < 0 ? 'down' : 'up') : by < 0 ? 'up' : 'down';
    document.getElementById(`order-${question.number}-${moved}-${direction}`)?.focus();
    announce(`Moved ${plain(question.items[moved].text)} to position ${to + 1} of ${order.length}`);
  }

  leave(question: number): void {
    this.left.add(question);
    this.changed();
  }

  /** Whether a numeric response, once left, is not a decimal, which the sheet cannot carry. */
  notANumber(question: number): boolean {
    const given = this.given.get(question);
    return this.left.has(question) && given !== undefined && 'number' in given && !DECIMAL.test(given.number.trim());
  }

  /** The numeric questions whose responses are not decimals, each now judged as left. */
  notNumbers(questions: Question[]): Question[] {
    const numeric = questions.filter((q) => q.type === 'numeric');
    numeric.forEach((q) => this.left.add(q.number));
    return numeric.filter((q) => this.notANumber(q.number));
  }

  /** The sheet's answers: the questions answered, each with the one field of its type. */
  answers(questions: Question[]): ({ question: number } & Given)[] {
    return questions.filter((q) => this.given.has(q.number)).map((q) => {
      const given = this.given.get(q.number)!;
      return { question: q.number, ...('number' in given ? { number: given.number.trim() } : given) };
    });
  }
}
