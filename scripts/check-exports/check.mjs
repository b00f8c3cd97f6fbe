// Checks Quizbank's exports in a directory with software that is not Quizbank's: quiz.gift with
// gift-pegjs, quiz.zip with @xmldom/xmldom (texts) and the QTI 3 engine @citolab/qti-components
// (manifest, test, scoring). Both are compared with quiz.json, the same quiz in Quizbank's JSON.
// Where responses.json is present (qti-scores), the engine also scores each of its responses with its
// item's response processing, as the service grades it; quiz.json and quiz.gift are then optional.
// Exits 1 with every mismatch listed, or prints one line per file.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import { checkGift } from './gift.mjs';
import { checkQti } from './qti.mjs';
import { checkScores } from './scores.mjs';

const dir = process.argv[2];
if (!dir) {
  console.error('usage: node check.mjs DIR (holding quiz.json, quiz.gift and quiz.zip, or quiz.zip and responses.json)');
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

const responsesPath = existsSync(join(dir, 'responses.json')) ? join(dir, 'responses.json') : null;
const optional = (name) => (responsesPath && !existsSync(join(dir, name)) ? null : need(name));
const jsonPath = optional('quiz.json');
const giftPath = optional('quiz.gift');
const zipPath = need('quiz.zip');
const summaries = [];
if (responsesPath && zipPath) {
  let responses = null;
  try {
    responses = JSON.parse(readFileSync(responsesPath, 'utf8'));
  } catch (error) {
    problems.push(`responses.json: not JSON: ${error.message}`);
  }
  if (responses) {
    collect('qti-scores', await checkScores(readFileSync(zipPath), responses));
  }
}
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
