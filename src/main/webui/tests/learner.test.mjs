import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { BASE_URL, launch, open, screen, tabTo } from './browser.mjs';

const LEARNER = process.env.LEARNER_TOKEN;
let browser;

before(async () => {
  browser = await launch();
});

after(async () => {
  await browser?.close();
});

test('a learner signs in, takes chapter-20 by keyboard, retries a lost submission once and reads the review', async () => {
  const page = await open(browser);
  await page.goto(BASE_URL);
  await page.getByRole('heading', { level: 1, name: 'Quizzes' }).waitFor();
  await screen(page, 'learner-01-quizzes');

  await page.getByRole('link', { name: 'Sign in' }).click();
  await page.getByLabel('Bearer token').fill(LEARNER);
  await screen(page, 'learner-02-sign-in');
  await tabTo(page, /^Sign in$/);
  await page.keyboard.press('Enter');
  await page.getByText('Signed in as').waitFor();
  assert.match(await page.locator('.who').innerText(), /Signed in as ada \(learner\)/);

  await page.getByRole('link', { name: 'Working with External APIs and Integrations' }).focus();
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { level: 2, name: 'Question 1 of 25' }).waitFor();
  await screen(page, 'learner-03-one-question');

  // Keyboard only: Tab into the choices, arrows to pick one, Tab to "Next question", Enter.
  for (let question = 1; question <= 3; question++) {
    await tabTo(page, new RegExp(`^name=question-${question}$`));
    await page.keyboard.press('Space');
    await page.keyboard.press('ArrowDown');
    await tabTo(page, /^Next question$/);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 2, name: `Question ${question + 1} of 25` }).waitFor();
  }
  assert.match(await page.locator('.actions').innerText(), /answered 3 of 25/);
  for (let question = 3; question >= 1; question--) {
    await page.getByRole('button', { name: 'Previous question' }).click();
    await page.getByRole('heading', { level: 2, name: `Question ${question} of 25` }).waitFor();
    assert.equal(await page.locator(`input[name="question-${question}"]:checked`).count(), 1,
      `question ${question} still shows its answer`);
  }

  await page.getByLabel('All questions').check();
  assert.equal(await page.locator('fieldset.question').count(), 25);
  for (let question = 4; question <= 25; question++) {
    await page.locator(`input[name="question-${question}"]`).first().check();
  }
  await screen(page, 'learner-04-all-questions');

  // The service stores the attempt but its answer never reaches the page: the retry must send the same key.
  const keys = [];
  let lost = false;
  await page.route('**/attempts', async (route) => {
    keys.push(route.request().headers()['idempotency-key']);
    if (!lost) {
      lost = true;
      await route.fetch();
      return route.abort('connectionreset');
    }
    return route.continue();
  });
  await page.getByRole('button', { name: 'Submit answers' }).click();
  await page.getByText('Your answers were not confirmed.').waitFor();
  assert.ok(await page.locator('input[name="question-1"]').first().isDisabled(), 'the answers stay as sent until confirmed');
  await screen(page, 'learner-05-not-confirmed');
  await page.getByRole('button', { name: 'Try again' }).click();

  await page.getByRole('heading', { level: 1, name: 'Your result: Working with External APIs and Integrations' }).waitFor();
  assert.equal(keys.length, 2);
  assert.ok(keys[0], 'an Idempotency-Key is sent');
  assert.equal(keys[1], keys[0], 'the retry sends the same Idempotency-Key');
  assert.match(await page.locator('.score').innerText(), /of 25 \(\d+(\.\d)?%\)/);
  assert.match(await page.locator('.score').innerText(), /Level: /);
  assert.equal(await page.locator('.result').count(), 25);
  assert.equal(await page.locator('.result h4', { hasText: 'Explanation' }).count(), 25);
  assert.equal(await page.locator('.tag-correct').count(), 25, 'every question names its correct answer');
  await screen(page, 'learner-06-review');

  await page.getByRole('link', { name: 'My attempts' }).click();
  await page.locator('caption').waitFor();
  assert.equal(await page.locator('caption').innerText(), '1 attempt, newest first', 'the lost answer and its retry are one attempt');
  assert.equal(await page.locator('tbody tr').count(), 1);
  await screen(page, 'learner-07-my-attempts');
});

test('the quiz reads well on a phone-sized screen', async () => {
  const page = await open(browser, { viewport: { width: 375, height: 740 } });
  await page.goto(`${BASE_URL}/#/quizzes/chapter-20`);
  await page.getByRole('heading', { level: 2, name: 'Question 1 of 25' }).waitFor();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.equal(overflow, 0, 'no sideways scrolling');
  await screen(page, 'phone-01-question');
});

test('a token the service refuses is reported on the sign-in screen and never used', async () => {
  const page = await open(browser);
  await page.goto(`${BASE_URL}/#/sign-in`);
  await page.getByLabel('Bearer token').fill(process.env.REFUSED_TOKEN);
  await page.getByRole('button', { name: 'Sign in' }).click();
  const problem = page.locator('#problem');
  await problem.waitFor();
  assert.match(await problem.innerText(), /Unauthorized/);
  assert.equal(await page.getByLabel('Bearer token').getAttribute('aria-invalid'), 'true');
  assert.equal(await page.getByRole('link', { name: 'Sign in' }).count(), 1, 'still signed out');
  assert.equal(await page.evaluate(() => sessionStorage.getItem('quizbank.token')), null);
  await screen(page, 'learner-08-token-refused');
});
