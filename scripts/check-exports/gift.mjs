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

  quiz.questions.slice(0, questions.length).forEach((expected, index) => {
    const question = questions[index];
    const where = `question ${index + 1} (::${question.title ?? ''}::)`;
    if (question.type !== 'MC') {
      findings.fail(`${where}: gift-pegjs reads it as ${question.type}, not as a multiple-choice question (MC)`);
      return;
    }
    findings.same(`${where}: name`, `Q${expected.number}`, question.title);
    sameText(findings, `${where}: question text`, expected.text, question.stem);
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
    });
    sameText(findings, `${where}: general feedback (explanation)`, expected.explanation, question.globalFeedback);
  });

  return { summary: `${questions.length} single-answer questions match quiz.json (read by gift-pegjs)`, problems: findings.problems };
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
