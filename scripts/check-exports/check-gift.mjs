// Checks quiz.gift in a directory against quiz.json with gift-pegjs alone: the GIFT half of check.mjs,
// for a directory that holds no QTI package. Exits 1 with every mismatch listed, or prints one line.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import { checkGift } from './gift.mjs';

const dir = process.argv[2];
if (!dir) {
  console.error('usage: node check-gift.mjs DIR (holding quiz.json and quiz.gift)');
  process.exit(2);
}

const missing = ['quiz.json', 'quiz.gift'].filter((name) => !existsSync(join(dir, name)));
if (missing.length > 0) {
  console.error(`check-exports: ${missing.join(' and ')} missing in ${dir}`);
  process.exit(1);
}
let quiz;
try {
  quiz = JSON.parse(readFileSync(join(dir, 'quiz.json'), 'utf8'));
} catch (error) {
  console.error(`check-exports: quiz.json: not JSON: ${error.message}`);
  process.exit(1);
}
const { summary, problems } = checkGift(readFileSync(join(dir, 'quiz.gift'), 'utf8'), quiz);
if (problems.length > 0) {
  console.error(`check-exports: ${problems.length} problem(s) in ${dir}`);
  for (const problem of problems.slice(0, 50)) {
    console.error(`  quiz.gift: ${problem}`);
  }
  process.exit(1);
}
console.log(`quiz.gift: ${summary}`);
