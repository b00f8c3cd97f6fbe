// quiz.gift read by gift-pegjs, a GIFT parser that knows nothing of Quizbank.
import giftPegjs from 'gift-pegjs';

import { Findings } from './compare.mjs';

export function checkGift(text, quiz) {
  const findings = new Findings();
  let parsed;
  try {
    parsed = giftPegjs.parse(text);
  } catch (error) {
    const where = error.location ? ` at line ${error.location.start.line}, column ${error.location.start.column}` : '';
    findings.fail(`gift-pegjs cannot parse it${where}: ${error.message}`);
    return { problems: findings.problems };
  }

  const categories = parsed.filter((item) => item.type === 'Category');
  const questions = parsed.filter((item) => item.type !== 'Category');
  if (categories.length !== 1 || parsed[0].type !== 'Category') {
    findings.fail(`expected one $CATEGORY before the questions, found ${categories.length}`);
  } else {
    findings.same('$CATEGORY', JSON.stringify(['$course$', 'top', quiz.title.trim()]), JSON.stringify(moodleCategory(categories[0].title)));
  }
  findings.same('number of questions', quiz.questions.length, questions.length);

  const counts = {};
  quiz.questions.slice(0, questions.length).forEach((expected, index) => {
    const question = questions[index];
    const where = `question ${index + 1} (::${question.title ?? ''}::)`;
    const type = expected.type ?? 'single';
    const check = CHECKS[type];
    if (!check) {
      findings.fail(`${where}: GIFT has no ${type} question, so the export should have been refused`);
      return;
    }
    if (question.type !== check.pegjs) {
      findings.fail(`${where}: gift-pegjs reads it as ${question.type}, not as ${check.pegjs} (a ${type} question)`);
      return;
    }
    findings.same(`${where}: name`, `Q${expected.number}`, question.title);
    sameText(findings, `${where}: question text`, expected.text, question.stem);
    check.compare(findings, where, expected, question);
    sameText(findings, `${where}: general feedback (explanation)`, expected.explanation, question.globalFeedback);
    counts[type] = (counts[type] ?? 0) + 1;
  });

  const read = Object.entries(counts).map(([type, count]) => `${count} ${type}`).join(', ');
  return { summary: `${questions.length} questions (${read}) match quiz.json (read by gift-pegjs)`, problems: findings.problems };
}

/** What gift-pegjs calls each type Quizbank writes to GIFT, and how its parse must match quiz.json. */
const CHECKS = {
  single: { pegjs: 'MC', compare: compareSingle },
  multiple: { pegjs: 'MC', compare: compareMultiple },
  trueFalse: { pegjs: 'TF', compare: compareTrueFalse },
  shortText: { pegjs: 'Short', compare: compareShortText },
  numeric: { pegjs: 'Numerical', compare: compareNumeric },
  matching: { pegjs: 'Matching', compare: compareMatching },
};

function compareSingle(findings, where, expected, question) {
  findings.same(`${where}: number of choices`, expected.choices.length, question.choices.length);
  const correct = question.choices.filter((choice) => choice.isCorrect);
  if (correct.length !== 1) {
    findings.fail(`${where}: ${correct.length} correct choices; a single-answer question has exactly one '='`);
  }
  question.choices.forEach((choice, at) => {
    const source = expected.choices[at];
    if (!source) {
      return;
    }
    sameText(findings, `${where}: choice ${source.key}`, source.text, choice.text);
    if (choice.weight !== null && choice.weight !== undefined) {
      findings.fail(`${where}: choice ${source.key} has a weight (${choice.weight}%); a single-answer choice is right or wrong`);
    }
    findings.same(`${where}: choice ${source.key} correct`, source.key === expected.answer, choice.isCorrect);
    sameFeedback(findings, `${where}: choice ${source.key} feedback`, source.feedback, choice.feedback);
  });
}

/** As Moodle reads GIFT, a question with no '=' answer has several right answers, graded by the weights of the chosen. */
function compareMultiple(findings, where, expected, question) {
  findings.same(`${where}: number of choices`, expected.choices.length, question.choices.length);
  findings.same(`${where}: scoring`, 'weighted', expected.scoring);
  question.choices.forEach((choice, at) => {
    const source = expected.choices[at];
    if (!source) {
      return;
    }
    sameText(findings, `${where}: choice ${source.key}`, source.text, choice.text);
    if (choice.isCorrect) {
      findings.fail(`${where}: choice ${source.key} is marked '='; a multiple-answer question has none`);
    }
    samePercent(findings, `${where}: choice ${source.key} weight`, source.fraction ?? 0, choice.weight ?? 0);
    findings.same(`${where}: choice ${source.key} among the right ones`, (expected.correct ?? []).includes(source.key),
      (choice.weight ?? 0) > 0);
    sameFeedback(findings, `${where}: choice ${source.key} feedback`, source.feedback, choice.feedback);
  });
}

/** Moodle's first feedback is for a wrong answer, the second for a right one; gift-pegjs names them by their place. */
function compareTrueFalse(findings, where, expected, question) {
  findings.same(`${where}: answer`, expected.answer, question.isTrue);
  const ifTrue = expected.feedbackIfTrue ?? '';
  const ifFalse = expected.feedbackIfFalse ?? '';
  sameFeedback(findings, `${where}: feedback for a wrong answer`, expected.answer ? ifFalse : ifTrue, question.trueFeedback);
  sameFeedback(findings, `${where}: feedback for a right answer`, expected.answer ? ifTrue : ifFalse, question.falseFeedback);
}

/** Moodle reads '*' in a short answer as a wildcard and '\*' as a star: an exact answer's stars are escaped so. */
function compareShortText(findings, where, expected, question) {
  findings.same(`${where}: case sensitive`, false, expected.caseSensitive ?? false);
  findings.same(`${where}: number of answers`, expected.answers.length, question.choices.length);
  question.choices.forEach((choice, at) => {
    const source = expected.answers[at];
    if (!source) {
      return;
    }
    const moodle = (source.match ?? 'exact') === 'exact' ? source.text.replaceAll('*', '\\*') : source.text;
    sameText(findings, `${where}: answer ${at + 1}`, moodle, choice.text);
    samePercent(findings, `${where}: answer ${at + 1} weight`, source.fraction ?? 1, choice.weight ?? 100);
    sameFeedback(findings, `${where}: answer ${at + 1} feedback`, source.feedback, choice.feedback);
  });
}

function compareNumeric(findings, where, expected, question) {
  const choices = Array.isArray(question.choices) ? question.choices : [{ weight: null, text: question.choices, feedback: null }];
  findings.same(`${where}: number of answers`, expected.answers.length, choices.length);
  choices.forEach((choice, at) => {
    const source = expected.answers[at];
    if (!source) {
      return;
    }
    const what = `${where}: answer ${at + 1}`;
    const read = choice.text;
    if (source.min !== undefined) {
      findings.same(`${what} kind`, 'high-low', read.type);
      findings.same(`${what} min`, Number(source.min), read.numberLow);
      findings.same(`${what} max`, Number(source.max), read.numberHigh);
    } else if (read.type === 'simple') {
      findings.same(`${what} value`, Number(source.value), read.number);
      findings.same(`${what} tolerance`, 0, Number(source.tolerance ?? 0));
    } else {
      findings.same(`${what} kind`, 'range', read.type);
      findings.same(`${what} value`, Number(source.value), read.number);
      findings.same(`${what} tolerance`, Number(source.tolerance ?? 0), read.range);
    }
    samePercent(findings, `${what} weight`, source.fraction ?? 1, choice.weight ?? 100);
    sameFeedback(findings, `${what} feedback`, source.feedback, choice.feedback);
  });
}

/** Pairs by the option's text, as Moodle keeps them, then each distractor as a pair with an empty stem. */
function compareMatching(findings, where, expected, question) {
  findings.same(`${where}: scoring`, 'perPair', expected.scoring ?? 'perPair');
  const optionText = Object.fromEntries(expected.options.map((option) => [option.key, option.text]));
  const paired = new Set(Object.values(expected.pairs));
  const wanted = [
    ...expected.stems.map((stem) => ({ stem: stem.text, option: optionText[expected.pairs[stem.key]] })),
    ...expected.options.filter((option) => !paired.has(option.key)).map((option) => ({ stem: '', option: option.text })),
  ];
  findings.same(`${where}: number of pairs`, wanted.length, question.matchPairs.length);
  question.matchPairs.forEach((pair, at) => {
    if (!wanted[at]) {
      return;
    }
    if (wanted[at].stem === '') {
      findings.same(`${where}: pair ${at + 1} stem (a distractor)`, '', pair.subquestion?.text);
    } else {
      sameText(findings, `${where}: pair ${at + 1} stem`, wanted[at].stem, pair.subquestion);
    }
    findings.same(`${where}: pair ${at + 1} option`, wanted[at].option, pair.subanswer);
  });
}

/** A fraction of quiz.json (a decimal string or number) against gift-pegjs's percentage, to the precision of a double. */
function samePercent(findings, what, fraction, percent) {
  if (Math.abs(Number(fraction) * 100 - percent) > 1e-9) {
    findings.fail(`${what}: expected ${Number(fraction) * 100}% but found ${percent}%`);
  }
}

function sameFeedback(findings, what, expected, actual) {
  if ((expected ?? '') === '') {
    if (actual && actual.text !== '') {
      findings.same(what, '', actual.text);
    }
    return;
  }
  sameText(findings, what, expected, actual);
}

/**
 * gift-pegjs gives a text as {format, text}; the export marks every text [markdown]. The parser
 * trims white space at either end of a text, as Moodle's GIFT import does, so that is the one
 * difference allowed.
 */
function sameText(findings, what, expected, actual) {
  if (!actual || typeof actual.text !== 'string') {
    findings.fail(`${what}: missing`);
    return;
  }
  findings.same(`${what}: text format`, 'markdown', actual.format);
  if (actual.text !== expected.trim()) {
    findings.same(what, expected, actual.text);
  }
}

/** A category path as Moodle splits it: at each single '/', with '//' standing for '/', each name trimmed. */
function moodleCategory(path) {
  return path.split(/(?<!\/)\/(?!\/)/).map((name) => name.replaceAll('//', '/').trim());
}
