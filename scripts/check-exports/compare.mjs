// Collects mismatches between what an export says and what quiz.json says.
export class Findings {
  constructor() {
    this.problems = [];
  }

  fail(message) {
    this.problems.push(message);
  }

  /** Records a mismatch unless actual is exactly expected; shows both, escaped, around where they part. */
  same(what, expected, actual) {
    if (expected === actual) {
      return true;
    }
    this.fail(`${what}: expected ${show(expected, actual)} but found ${show(actual, expected)}`);
    return false;
  }
}

function show(value, other) {
  if (typeof value !== 'string' || typeof other !== 'string') {
    return JSON.stringify(value);
  }
  let from = 0;
  while (from < value.length && value[from] === other[from]) {
    from++;
  }
  const start = Math.max(0, from - 30);
  const shown = JSON.stringify(value.slice(start, from + 50));
  return `${start > 0 ? '…' : ''}${shown}${from + 50 < value.length ? '…' : ''}`;
}
