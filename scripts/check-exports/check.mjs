// Checks Quizbank's exports in a directory with software that is not Quizbank's: quiz.gift with
// gift-pegjs, quiz.zip with @xmldom/xmldom (texts) and the QTI 3 engine @citolab/qti-components
// (manifest, test, scoring). Both are compared with quiz.json, the same quiz in Quizbank's JSON.
// Exits 1 with every mismatch listed, or prints one line per file.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import { checkGift } from './gift.mjs';
import { checkQti } from './qti.mjs';

const dir = process.argv[2];
if (!dir) {
  console.error('usage: node check.mjs DIR (holding quiz.json, quiz.gift and quiz.zip)');
  process.exit(2);
}

const problems = [];
const need = (name) => {
  const path = join(dir, name);
  if (!existsSync(path)) {
    problems.push(`${name}: missing in ${dir}`);
    return null;
  }
  return path;
};

const jsonPath = need('quiz.json');
const giftPath = need('quiz.gift');
const zipPath = need('quiz.zip');
const summaries = [];
if (jsonPath) {
  let quiz = null;
  try {
    quiz = JSON.parse(readFileSync(jsonPath, 'utf8'));
  } catch (error) {
    problems.push(`quiz.json: not JSON: ${error.message}`);
  }
  if (quiz) {
    if (giftPath) {
      collect('quiz.gift', checkGift(readFileSync(giftPath, 'utf8'), quiz));
    }
    if (zipPath) {
      collect('quiz.zip', await checkQti(readFileSync(zipPath), quiz));
    }
  }
}

function collect(file, { summary, problems: found }) {
  problems.push(...found.map((problem) => `${file}: ${problem}`));
  if (found.length === 0) {
    summaries.push(`${file}: ${summary}`);
  }
}

if (problems.length > 0) {
  console.error(`check-exports: ${problems.length} problem(s) in ${dir}`);
  for (const problem of problems.slice(0, 50)) {
    console.error(`  ${problem}`);
  }
  if (problems.length > 50) {
    console.error(`  … and ${problems.length - 50} more`);
  }
  process.exit(1);
}
summaries.forEach((line) => console.log(line));
