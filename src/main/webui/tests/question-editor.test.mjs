import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, test } from 'node:test';
import { BASE_URL, launch, open, screen } from './browser.mjs';

const AUTHOR = process.env.AUTHOR_TOKEN;
const QUIZ_ID = 'browser-editor';
const MIXED = JSON.parse(readFileSync(new URL('./mixed-types.json', import.meta.url), 'utf8'));
const asAuthor = { Authorization: `Bearer ${AUTHOR}` };

let browser;

before(async () => {
  browser = await launch();
  const published = await fetch(`${BASE_URL}/quizzes`, {
    method: 'POST',
    headers: { ...asAuthor, 'Content-Type': 'application/json' },
    body: JSON.stringify({ ...MIXED, id: QUIZ_ID, title: 'Question editor test' }),
  });
  assert.equal(published.status, 201, await published.text());
});

after(async () => {
  await browser?.close();
});

async function source() {
  const answer = await fetch(`${BASE_URL}/quizzes/${QUIZ_ID}/source`, { headers: { ...asAuthor, Accept: 'application/json' }, cache: 'no-store' });
  assert.equal(answer.status, 200);
  return answer.json();
}

const version = async () => (await (await fetch(`${BASE_URL}/quizzes/${QUIZ_ID}`, { cache: 'no-store' })).json()).version;

/** What to type for a new question of each type, by the labels of its form. */
const FILL = {
  single: async (form) => {
    for (const [n, text] of ['GET', 'POST', 'PATCH'].entries()) {
      await form.getByRole('group', { name: `Choice ${n + 1}`, exact: true }).getByLabel('Text').fill(text);
    }
    await form.getByRole('group', { name: 'Choice 2', exact: true }).getByLabel('Correct').check();
  },
  multiple: async (form) => {
    await form.getByLabel('Scoring').selectOption('weighted');
    for (const [n, [text, fraction]] of [['Cache-Control', '0.5'], ['Server', '-1'], ['ETag', '0.5']].entries()) {
      const choice = form.getByRole('group', { name: `Choice ${n + 1}`, exact: true });
      await choice.getByLabel('Text').fill(text);
      await choice.getByLabel('Fraction').fill(fraction);
      if (fraction === '0.5') {
        await choice.getByLabel('Correct').check();
      }
    }
    await form.getByRole('group', { name: 'Choice 2', exact: true }).getByLabel('Feedback').fill('`Server` names the software.');
  },
  trueFalse: async (form) => {
    await form.getByRole('group', { name: 'The statement is' }).getByLabel('False').check();
    await form.getByLabel('Feedback when answered true').fill('`PUT` replaces the whole resource.');
  },
  shortText: async (form) => {
    await form.getByRole('group', { name: 'Answer 1', exact: true }).getByLabel('Text').fill('HATEOAS');
    await form.getByRole('button', { name: 'Add answer' }).click();
    const second = form.getByRole('group', { name: 'Answer 2', exact: true });
    await second.getByLabel('Text').fill('hypermedia*');
    await second.getByLabel('Match').selectOption('wildcard');
    await second.getByLabel('Fraction').fill('0.5');
    await form.getByLabel('Case-sensitive').check();
  },
  numeric: async (form) => {
    const answer = form.getByRole('group', { name: 'Answer 1', exact: true });
    await answer.getByLabel('Kind').selectOption('range');
    await answer.getByLabel('Minimum').fill('1');
    await answer.getByLabel('Maximum').fill('5');
  },
  matching: async (form) => {
    await form.getByLabel('Scoring').selectOption('allOrNothing');
    await form.getByRole('button', { name: 'Add option' }).click();
    for (const [n, text] of ['Safe', 'Unsafe', 'Teapot'].entries()) {
      await form.getByRole('group', { name: `Option ${n + 1}`, exact: true }).getByLabel('Text').fill(text);
    }
    for (const [n, text] of ['GET', 'POST'].entries()) {
      await form.getByRole('group', { name: `Item ${n + 1}`, exact: true }).getByLabel('Text').fill(text);
    }
    assert.deepEqual(await form.getByRole('group', { name: 'Item 1', exact: true }).getByLabel('Pairs with').locator('option').allInnerTexts(),
      ['Choose…', 'o1: Safe', 'o2: Unsafe', 'o3: Teapot'], 'the options as typed');
  },
  ordering: async (form) => {
    await form.getByLabel('Scoring').selectOption('longestOrderedSubset');
    for (const [n, text] of ['Connect', 'Send', 'Receive'].entries()) {
      await form.getByRole('group', { name: `Item ${n + 1}`, exact: true }).getByLabel('Text').fill(text);
    }
    await form.getByRole('button', { name: 'Move item 3 up' }).click();
  },
};

test('an author adds a question of every type in the form, edits one across another author\'s change, and is shown a refused one', async () => {
  const author = await open(browser, { token: AUTHOR });
  await author.goto(`${BASE_URL}/#/author/quizzes/${QUIZ_ID}`);
  await author.getByRole('link', { name: 'Add or edit a question in a form' }).click();
  await author.getByRole('heading', { level: 1, name: 'Questions of Question editor test' }).waitFor();
  assert.equal(await author.locator('tbody tr').count(), MIXED.questions.length);
  await screen(author, 'editor-01-questions');

  // Every type and mode goes through the form and back unchanged: publishing it as loaded changes nothing.
  for (const question of MIXED.questions) {
    await author.getByRole('button', { name: `Edit question ${question.number}`, exact: true }).click();
    const form = author.getByRole('form', { name: `Edit question ${question.number}` });
    assert.equal(await form.getByLabel('Question type').inputValue(), question.type ?? 'single');
    await form.getByRole('button', { name: 'Publish question' }).click();
    await author.getByText('Nothing changed: version 1 stays current.').waitFor();
  }

  let number = MIXED.questions.length;
  for (const [type, fill] of Object.entries(FILL)) {
    number++;
    await author.getByRole('button', { name: 'Add a question' }).click();
    const form = author.getByRole('form', { name: `New question ${number}` });
    await form.waitFor();
    await form.getByLabel('Question type').selectOption(type);
    await form.getByLabel('Points').fill(type === 'numeric' ? '1.5' : '2');
    await form.getByLabel('Question text').fill(`A ${type} question written in the form.`);
    await fill(form);
    await form.getByLabel('Explanation').fill(`Why the ${type} answer is right.`);
    await screen(author, `editor-02-${type}`);
    await form.getByRole('button', { name: 'Publish question' }).click();
    await author.getByText(`with question ${number}.`).waitFor();
    if (type === 'single') {
      // Two more points: the top level of the scoring guide is stretched to the new maximum, and the author is told.
      assert.match(await author.getByRole('status').first().innerText(), /The scoring guide follows the new maximum score: Expert now ends at 27\./);
    }
  }
  const added = (await source()).questions.slice(MIXED.questions.length);
  assert.deepEqual(added.map((q) => q.type ?? 'single'), Object.keys(FILL), 'the source leaves out the default type');
  assert.equal(added[0].answer, 'B');
  assert.deepEqual(added[1].correct, ['A', 'C']);
  assert.equal(added[1].scoring, 'weighted');
  assert.deepEqual(added[1].choices.map((c) => Number(c.fraction)), [0.5, -1, 0.5]);
  assert.equal(added[1].choices[1].feedback, '`Server` names the software.');
  assert.equal(added[2].answer, false);
  assert.deepEqual(added[3].answers.map((a) => [a.text, Number(a.fraction), a.match]), [['HATEOAS', 1, 'exact'], ['hypermedia*', 0.5, 'wildcard']]);
  assert.equal(added[3].caseSensitive, true);
  assert.deepEqual(added[4].answers.map((a) => [String(a.min), String(a.max)]), [['1', '5']]);
  assert.equal(Number(added[4].points), 1.5);
  assert.deepEqual(added[5].pairs, { s1: 'o1', s2: 'o2' });
  assert.equal(added[5].options.length, 3, 'the distractor is kept');
  assert.deepEqual(added[6].items.map((i) => i.text), ['Connect', 'Receive', 'Send']);
  assert.equal(added[6].explanation, 'Why the ordering answer is right.');
  assert.equal(Number((await source()).scoringGuide.at(-1).maxScore), 38, 'the guide ends at the whole part of 38.5 points');

  // The phone-sized form, on an existing question, edited.
  await author.setViewportSize({ width: 390, height: 844 });
  await author.getByRole('button', { name: 'Edit question 4', exact: true }).click();
  const edit = author.getByRole('form', { name: 'Edit question 4' });
  await edit.waitFor();
  assert.equal(await edit.getByLabel('Question type').inputValue(), 'multiple');
  assert.equal(await edit.getByLabel('Scoring').inputValue(), 'weighted');
  assert.equal(await edit.getByRole('group', { name: 'Choice 3', exact: true }).getByLabel('Fraction').inputValue(), '-0.5');
  assert.equal(await author.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth), 0);
  await screen(author, 'editor-03-edit-390');
  await edit.getByLabel('Points').fill('3');
  await edit.getByRole('group', { name: 'Choice 3', exact: true }).getByLabel('Fraction').fill('-1');

  // Meanwhile another author publishes a change to question 1: publishing this one is a conflict, until the newer version is loaded.
  const theirs = await source();
  theirs.questions[0].explanation = 'Changed by another author.';
  const etag = (await fetch(`${BASE_URL}/quizzes/${QUIZ_ID}`, { cache: 'no-store' })).headers.get('ETag');
  const changed = await fetch(`${BASE_URL}/quizzes/${QUIZ_ID}`, {
    method: 'PUT', headers: { ...asAuthor, 'If-Match': etag, 'Content-Type': 'application/json' }, body: JSON.stringify(theirs),
  });
  assert.equal(changed.status, 200, await changed.text());
  await edit.getByRole('button', { name: 'Publish question' }).click();
  await author.getByText('Someone else published a newer version').waitFor();
  assert.equal(await author.evaluate(() => document.activeElement?.id), 'conflict');
  await author.getByRole('button', { name: 'Load the newer version and keep my question' }).click();
  await author.getByText('publish again to put your question in it').waitFor();
  assert.equal(await edit.getByLabel('Points').inputValue(), '3', 'the question being edited is kept');
  await edit.getByRole('button', { name: 'Publish question' }).click();
  await author.getByText('with question 4.').waitFor();
  assert.equal((await source()).questions[0].explanation, 'Changed by another author.', 'the other change is kept');
  const edited = (await source()).questions[3];
  assert.equal(Number(edited.points), 3);
  assert.deepEqual(edited.choices.map((c) => Number(c.fraction)), [0.5, 0.5, -1, 0]);
  assert.equal(edited.choices[2].feedback, MIXED.questions[3].choices[2].feedback, 'what the form did not touch stays');
  assert.equal(edited.explanation, MIXED.questions[3].explanation);
  assert.equal(Number((await source()).scoringGuide.at(-1).maxScore), 39);
  await author.setViewportSize({ width: 1200, height: 900 });

  // An ordering of one item breaks its type's rule: the service refuses it, names the place, and nothing is published.
  const before = await version();
  await author.getByRole('button', { name: 'Add a question' }).click();
  const refused = author.getByRole('form', { name: `New question ${number + 1}` });
  await refused.getByLabel('Question type').selectOption('ordering');
  await refused.getByLabel('Question text').fill('One item cannot be put in order.');
  await refused.getByRole('button', { name: 'Remove item 3' }).click();
  await refused.getByRole('button', { name: 'Remove item 2' }).click();
  assert.ok(await refused.getByRole('button', { name: 'Remove item 1' }).isDisabled(), 'the last item stays');
  await refused.getByRole('group', { name: 'Item 1', exact: true }).getByLabel('Text').fill('Alone');
  await refused.getByLabel('Explanation').fill('There is nothing to order.');
  await refused.getByRole('button', { name: 'Publish question' }).click();
  const problem = author.getByRole('alert');
  await problem.waitFor();
  assert.match(await problem.innerText(), new RegExp(`questions\\[${number}\\]\\.items`));
  assert.equal(await author.evaluate(() => document.activeElement?.id), 'problem');
  await screen(author, 'editor-04-refused');
  assert.equal(await version(), before, 'nothing was published');
});
