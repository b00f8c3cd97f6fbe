import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, test } from 'node:test';
import { BASE_URL, launch, open, screen } from './browser.mjs';

const AUTHOR = process.env.AUTHOR_TOKEN;
const MIXED_ID = 'browser-mixed';
const MIXED = JSON.parse(readFileSync(new URL('./mixed-types.json', import.meta.url), 'utf8'));
const TITLE = MIXED.title;
const COUNT = MIXED.questions.length;
/** The first question of each type in the quiz, by number. */
const FIRST_OF_TYPE = { single: 1, multiple: 2, trueFalse: 5, shortText: 6, numeric: 8, matching: 10, ordering: 12 };

let browser;

before(async () => {
  browser = await launch();
  // Published under an id of its own, beside any bundled copy of the same content.
  const published = await fetch(`${BASE_URL}/quizzes`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${AUTHOR}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ ...MIXED, id: MIXED_ID }),
  });
  assert.equal(published.status, 201, await published.text());
});

after(async () => {
  await browser?.close();
});

const group = (page, number) => page.getByRole('group', { name: `Question ${number} of ${COUNT}`, exact: true });
const itemTexts = (page, number) => group(page, number).locator('.order-text').allInnerTexts();
const plainText = (markdown) => markdown.replace(/`/g, '');

for (const [width, height] of [[1200, 900], [390, 844]]) {
  test(`every question type reads well and passes axe-core ${width} px wide, one question at a time`, async () => {
    const page = await open(browser, { viewport: { width, height } });
    await page.goto(`${BASE_URL}/#/quizzes/${MIXED_ID}`);
    await page.getByRole('heading', { level: 2, name: `Question 1 of ${COUNT}` }).waitFor();
    for (let number = 1; number <= COUNT; number++) {
      const type = Object.entries(FIRST_OF_TYPE).find(([, first]) => first === number)?.[0];
      if (type) {
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        assert.equal(overflow, 0, `no sideways scrolling on the ${type} question at ${width} px`);
        await screen(page, `mixed-${width}-${type}`);
      }
      if (number < COUNT) {
        await page.getByRole('button', { name: 'Next question' }).click();
        await page.getByRole('heading', { level: 2, name: `Question ${number + 1} of ${COUNT}` }).waitFor();
      }
    }
  });
}

/**
 * Puts an ordering question's items in the given order by keyboard only: each item is moved up with
 * its own Move up button and Enter; the focus must stay on that item's buttons and the move is announced.
 */
async function orderByKeyboard(page, number, target) {
  for (let place = 0; place < target.length; place++) {
    const from = (await itemTexts(page, number)).indexOf(target[place]);
    assert.ok(from >= place, `${target[place]} is listed`);
    if (from === place) {
      continue;
    }
    await group(page, number).getByRole('button', { name: `Move up: ${target[place]}`, exact: true }).focus();
    for (let at = from; at > place; at--) {
      await page.keyboard.press('Enter');
      const focused = await page.evaluate(() => document.activeElement?.getAttribute('aria-label'));
      assert.equal(focused, `${at - 1 === 0 ? 'Move down' : 'Move up'}: ${target[place]}`, 'the focus stays on the moved item');
    }
    await page.waitForFunction((said) => document.getElementById('announcer').textContent === said,
      `Moved ${target[place]} to position ${place + 1} of ${target.length}`);
  }
  assert.deepEqual(await itemTexts(page, number), target);
}

test('a learner answers every type by role and label, orders items by keyboard and reads the points of each', async () => {
  const page = await open(browser);
  await page.goto(`${BASE_URL}/#/quizzes/${MIXED_ID}`);
  await page.getByRole('heading', { level: 2, name: `Question 1 of ${COUNT}` }).waitFor();
  await page.getByLabel('All questions').check();
  assert.equal(await page.locator('fieldset.question').count(), COUNT);

  await group(page, 1).getByRole('radio', { name: /^C / }).check();
  for (const key of ['A', 'B', 'D']) {
    await group(page, 2).getByRole('checkbox', { name: new RegExp(`^${key} `) }).check();
  }
  for (const key of ['A', 'B', 'C']) {
    await group(page, 3).getByRole('checkbox', { name: new RegExp(`^${key} `) }).check();
    await group(page, 4).getByRole('checkbox', { name: new RegExp(`^${key} `) }).check();
  }
  await group(page, 4).getByRole('checkbox', { name: /^B / }).uncheck();
  await group(page, 4).getByRole('checkbox', { name: /^B / }).check();
  await group(page, 5).getByRole('radio', { name: 'True', exact: true }).check();
  await group(page, 6).getByLabel('Your answer').fill('text/problem+json');
  await group(page, 7).getByLabel('Your answer').fill('retry-after');

  const numeric = group(page, 8).getByLabel('Your answer (a number)');
  assert.equal(await numeric.getAttribute('inputmode'), 'decimal');
  await numeric.fill('16OO');
  await numeric.blur();
  assert.equal(await numeric.getAttribute('aria-invalid'), 'true');
  await group(page, 8).getByText('This is not a number').waitFor();
  await page.getByRole('button', { name: 'Submit answers' }).click();
  await page.getByText('Some answers are not numbers').waitFor();
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'answer-8', 'the field to correct has the focus');
  await numeric.fill('1600');
  await numeric.blur();
  assert.equal(await numeric.getAttribute('aria-invalid'), 'false');
  await group(page, 9).getByLabel('Your answer (a number)').fill('16.5');

  const statuses = group(page, 10);
  const offered = await statuses.getByLabel('201').locator('option').allInnerTexts();
  assert.equal(offered[0], 'Choose…');
  assert.deepEqual(offered.slice(1).sort(), MIXED.questions[9].options.map((o) => o.text).sort(), 'every option, the distractor too');
  await statuses.getByLabel('201').selectOption({ label: 'Created' });
  await statuses.getByLabel('409').selectOption({ label: 'Conflict with the current state' });
  await statuses.getByLabel('412').selectOption({ label: 'Precondition failed' });

  const correct = (number) => MIXED.questions[number - 1].items.map((i) => plainText(i.text));
  const served = await itemTexts(page, 12);
  assert.notDeepEqual(served, correct(12), 'the items are not served in the correct order');
  assert.deepEqual([...served].sort(), [...correct(12)].sort());
  await orderByKeyboard(page, 12, correct(12));
  await orderByKeyboard(page, 14, correct(14));
  // One move on question 13: whatever it earns follows from where its items end up.
  const first = (await itemTexts(page, 13))[0];
  await group(page, 13).getByRole('button', { name: `Move down: ${first}`, exact: true }).click();
  const placed = (await itemTexts(page, 13)).filter((text, at) => text === correct(13)[at]).length;
  assert.match(await page.locator('.actions').innerText(), new RegExp(`answered 13 of ${COUNT}`));
  await screen(page, 'mixed-1200-all-answered');

  const sent = page.waitForRequest((request) => request.url().endsWith('/attempts') && request.method() === 'POST');
  await page.getByRole('button', { name: 'Submit answers' }).click();
  const sheet = (await sent).postDataJSON();
  const answers = Object.fromEntries(sheet.answers.map(({ question, ...given }) => [question, given]));
  assert.deepEqual(answers[1], { choice: 'C' });
  assert.deepEqual(answers[2], { choices: ['A', 'B', 'D'] });
  assert.deepEqual([...answers[4].choices].sort(), ['A', 'B', 'C'], 'a choice ticked again is sent once');
  assert.deepEqual(answers[5], { value: true });
  assert.deepEqual(answers[6], { text: 'text/problem+json' });
  assert.deepEqual(answers[8], { number: '1600' });
  assert.deepEqual(answers[10], { pairs: { s201: 'created', s409: 'conflict', s412: 'precondition' } });
  assert.deepEqual(answers[12], { order: MIXED.questions[11].items.map((i) => i.key) });
  assert.equal(answers[11], undefined, 'a matching question with no pair chosen is left out');

  await page.getByRole('heading', { level: 1, name: `Your result: ${TITLE}` }).waitFor();
  // In ten-thousandths of a point: 15.4166 for all but question 13, which earns 2 points × placed / 4.
  const score = (154166 + placed * 5000) / 10000;
  assert.match(await page.locator('.score').innerText(), new RegExp(`^${String(score).replace('.', '\\.')} of 25 `));
  const result = (number) => page.locator('.result').nth(number - 1);
  const expect = {
    1: ['Correct', '1 of 1 point · 100%'], 2: ['Correct', '2 of 2 points · 100%'], 3: ['Partly correct', '0.6666 of 2 points · 33.33%'],
    4: ['Partly correct', '1 of 2 points · 50%'], 5: ['Correct', '1 of 1 point · 100%'], 6: ['Partly correct', '1 of 2 points · 50%'],
    7: ['Incorrect', '0 of 1.5 points · 0%'], 8: ['Partly correct', '0.75 of 1.5 points · 50%'], 9: ['Correct', '1 of 1 point · 100%'],
    10: ['Correct', '3 of 3 points · 100%'], 11: ['Not answered', '0 of 2 points · 0%'], 12: ['Correct', '2 of 2 points · 100%'],
    14: ['Correct', '2 of 2 points · 100%'],
  };
  for (const [number, [verdict, earned]] of Object.entries(expect)) {
    assert.equal(await result(number).locator('.verdict').innerText(), verdict, `verdict of question ${number}`);
    assert.equal(await result(number).locator('.earned').innerText(), earned, `points of question ${number}`);
  }
  assert.equal(await result(13).locator('.earned').innerText(), `${placed / 2} of 2 points · ${placed * 25}%`);
  assert.match(await result(2).innerText(), /DELETE\s+your answer\s+correct answer/);
  assert.match(await result(4).locator('.feedback').innerText(), /Retrying faster only sends the duplicate sooner/);
  assert.match(await result(5).locator('.feedback').innerText(), /safe method/);
  assert.match(await result(6).locator('.feedback').innerText(), /Almost/);
  assert.match(await result(7).locator('.facts').innerText(), /Your answer\s+retry-after\s+Accepted answer\s+Retry-After/);
  assert.match(await result(8).locator('.facts').innerText(), /Correct answer\s+800$/);
  assert.match(await result(9).locator('.facts').innerText(), /Correct answer\s+from 16 to 17/);
  const pairs = result(10).getByRole('table');
  assert.equal(await pairs.getByRole('row', { name: /412/ }).getByRole('cell').nth(0).innerText(), 'Precondition failed');
  assert.equal(await result(11).getByRole('table').getByRole('row', { name: /Client credentials/ }).getByRole('cell').nth(1).innerText(),
    'A service acting for itself');
  assert.deepEqual(await result(14).locator('.orders div').nth(1).locator('li').allInnerTexts(), correct(14));
  await screen(page, 'mixed-1200-review');
  await page.setViewportSize({ width: 390, height: 844 });
  assert.equal(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth), 0);
  await screen(page, 'mixed-390-review');
});

test('an author reads the statistics of every question type: choices ticked, typed responses and places', async () => {
  const page = await open(browser, { token: AUTHOR });
  await page.goto(`${BASE_URL}/#/author/quizzes/${MIXED_ID}/statistics`);
  await page.getByRole('heading', { level: 1, name: `Statistics of ${TITLE}` }).waitFor();
  const table = page.getByRole('region', { name: 'Question statistics' }).getByRole('table');
  assert.match(await page.locator('.figures').innerText(), /Lowest – highest\s+(\d+\.\d{2}) – \1\n/, 'a score with partial credit keeps its decimals');
  assert.equal(await table.getByRole('columnheader').nth(4).innerText(), 'Responses');
  const responses = (number) => table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: String(number), exact: true }) })
    .getByRole('cell').nth(3).innerText();
  // The attempt of the test above: question 2 ticked A, B and D; question 6 typed text/problem+json (half the
  // points); question 10 placed every stem; question 11 was left out.
  assert.match(await responses(2), /^A \(correct\): 1, B \(correct\): 1, C: 0, D \(correct\): 1/);
  assert.equal(await responses(6), '“text/problem+json” (earns 50%): 1');
  assert.equal(await responses(10), 's201 placed right: 1 (100%), s409 placed right: 1 (100%), s412 placed right: 1 (100%)');
  assert.match(await responses(11), /placed right: 0 \(0%\)/);
  await screen(page, 'mixed-1200-statistics');
});
