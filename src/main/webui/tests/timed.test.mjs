import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { BASE_URL, launch, open, screen } from './browser.mjs';

const AUTHOR = process.env.AUTHOR_TOKEN;
// A learner of its own, so that the other tests' counts of attempts are not touched.
const LEARNER = process.env.TIMED_TOKEN;
const QUIZ_ID = 'browser-timed';
const TIME_LIMIT = 20;

const QUIZ = {
  id: QUIZ_ID,
  title: 'HTTP in twenty seconds',
  chapter: 22,
  description: 'Three quick questions against the clock.',
  settings: { review: 'full', anonymous: false, maxAttempts: null, timeLimitSeconds: TIME_LIMIT, graceSeconds: 0 },
  questions: [
    {
      number: 1,
      text: 'Which status code means **Created**?',
      choices: [{ key: 'A', text: '`200`' }, { key: 'B', text: '`201`' }, { key: 'C', text: '`204`' }],
      answer: 'B',
      explanation: '`201 Created` names the new resource in `Location`.',
    },
    {
      number: 2,
      type: 'shortText',
      text: 'Which property do `PUT` and `DELETE` have and `POST` lacks?',
      answers: [{ text: 'idempotent', fraction: 1, match: 'exact' }],
      explanation: 'Repeating them leaves the same state.',
    },
    {
      number: 3,
      type: 'trueFalse',
      text: '`If-Match` makes a save fail when someone else saved first.',
      answer: true,
      explanation: 'A stale ETag gets `412 Precondition Failed`.',
    },
  ],
};

let browser;

before(async () => {
  browser = await launch();
  const published = await fetch(`${BASE_URL}/quizzes`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${AUTHOR}`, 'Content-Type': 'application/json' },
    body: JSON.stringify(QUIZ),
  });
  assert.equal(published.status, 201, await published.text());
});

after(async () => {
  await browser?.close();
});

/** The seconds a countdown (mm:ss) shows. */
const seconds = (countdown) => Number(countdown.slice(0, 2)) * 60 + Number(countdown.slice(3));

/** Counts every change of the region that screen readers hear the time from. */
async function countAnnouncements(page) {
  await page.evaluate(() => {
    window.announced = 0;
    new MutationObserver(() => window.announced++).observe(document.getElementById('time-announcer'),
      { childList: true, characterData: true, subtree: true });
  });
}

const saved = (page) => page.locator('.save-status', { hasText: /^Saved at \d\d:\d\d:\d\d/ });

test('a timed quiz: started, autosaved, resumed after a reload and on a phone, merged across devices, handed in when the time is up', async () => {
  const laptop = await open(browser, { token: LEARNER });
  await laptop.goto(`${BASE_URL}/#/quizzes/${QUIZ_ID}`);
  await laptop.getByRole('heading', { level: 2, name: 'Before you start' }).waitFor();
  assert.match(await laptop.locator('.rules').innerText(), /You have 20 seconds from when you press Start/);
  await screen(laptop, 'timed-1200-start');
  await laptop.setViewportSize({ width: 390, height: 844 });
  await screen(laptop, 'timed-390-start');
  await laptop.setViewportSize({ width: 1200, height: 900 });

  await laptop.getByRole('button', { name: 'Start' }).click();
  const timer = laptop.getByRole('timer');
  await timer.waitFor();
  assert.match(await timer.innerText(), /^00:(20|1\d)$/);
  assert.equal(await timer.getAttribute('aria-live'), null, 'the ticking display is not live');
  // The region screen readers hear: it says nothing until 5 minutes or 1 minute are left, never each second.
  const announcer = laptop.locator('#time-announcer');
  assert.equal(await announcer.getAttribute('aria-live'), 'polite');
  await countAnnouncements(laptop);

  await laptop.getByLabel('All questions').check();
  await laptop.getByRole('group', { name: 'Question 1 of 3' }).getByLabel('201').check();
  await laptop.getByLabel('Your answer').fill('idempotent');
  await saved(laptop).waitFor();
  const before = seconds(await timer.innerText());

  // A reload opens the attempt as it was saved, without a new start and with its own time.
  await laptop.reload();
  await laptop.getByRole('timer').waitFor();
  assert.equal(await laptop.getByRole('button', { name: 'Start' }).count(), 0);
  assert.ok(await laptop.getByRole('group', { name: 'Question 1 of 3' }).getByLabel('201').isChecked());
  assert.equal(await laptop.getByLabel('Your answer').inputValue(), 'idempotent');
  // Within a second: the page's estimate of the service's clock may move by half a second either way.
  assert.ok(seconds(await laptop.getByRole('timer').innerText()) <= before + 1, 'the clock ran on from where it was');
  await countAnnouncements(laptop);

  // Another device with the same token: Start takes it back to the same attempt, with what was saved.
  const phone = await open(browser, { token: LEARNER, viewport: { width: 390, height: 844 } });
  await phone.goto(`${BASE_URL}/#/quizzes/${QUIZ_ID}`);
  await phone.getByRole('button', { name: 'Start' }).click();
  await phone.getByRole('timer').waitFor();
  await phone.getByLabel('All questions').check();
  assert.ok(await phone.getByRole('group', { name: 'Question 1 of 3' }).getByLabel('201').isChecked());
  assert.equal(await phone.getByLabel('Your answer').inputValue(), 'idempotent');
  await phone.getByRole('group', { name: 'Question 3 of 3' }).getByLabel('True').check();
  await saved(phone).waitFor();

  // The laptop saves over the phone's save: 412, merged with the phone's answer, saved again.
  const saves = [];
  laptop.on('response', (response) => {
    if (response.request().method() === 'PUT') {
      saves.push(response.status());
    }
  });
  await laptop.getByRole('group', { name: 'Question 1 of 3' }).getByLabel('204').check();
  await laptop.locator('.save-status', { hasText: 'with the answers saved on another device' }).waitFor();
  assert.deepEqual(saves, [412, 200]);
  assert.ok(await laptop.getByRole('group', { name: 'Question 3 of 3' }).getByLabel('True').isChecked(), 'the phone\'s answer shows');
  assert.ok(await laptop.getByRole('group', { name: 'Question 1 of 3' }).getByLabel('204').isChecked(), 'this change stays');
  // The screens of the attempt are checked once the race with the clock is run, in the seconds left.
  await laptop.evaluate(() => window.scrollTo(0, 0));
  await screen(laptop, 'timed-1200-attempt');
  const overflow = await phone.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.equal(overflow, 0, 'no sideways scrolling on the phone');
  await phone.evaluate(() => window.scrollTo(0, 0));
  await screen(phone, 'timed-390-attempt');

  // The phone loses its connection and changes an answer: the change stays on the page, and it says so.
  await phone.context().setOffline(true);
  await phone.getByLabel('Your answer').fill('safe');
  await phone.locator('.save-status', { hasText: 'Not saved: the service could not be reached' }).waitFor();

  // The time runs out: the service grades what was saved, and the page says so.
  const review = laptop.getByRole('heading', { level: 1, name: `Your result: ${QUIZ.title}` });
  await review.waitFor({ timeout: (TIME_LIMIT + 15) * 1000 });
  assert.equal(await laptop.evaluate(() => window.announced), 0, 'nothing said about the time with less than a minute to go');
  assert.match(await laptop.locator('.time-up').innerText(), /Time is up\./);
  assert.match(await laptop.locator('.score').innerText(), /You answered 3 of 3 questions/);
  const results = laptop.locator('.result');
  assert.equal(await results.count(), 3);
  assert.match(await results.nth(0).innerText(), /Incorrect/, 'question 1 as last saved: 204');
  assert.match(await results.nth(1).innerText(), /idempotent/);
  assert.match(await results.nth(2).innerText(), /Correct/, 'the phone\'s answer counts');
  await screen(laptop, 'timed-1200-time-up');
  await laptop.setViewportSize({ width: 390, height: 844 });
  await screen(laptop, 'timed-390-time-up');

  // Still offline when the time ran out, the phone says so and offers to fetch the result. Back online, its
  // last save is refused (409 time-is-up), and it shows the result as graded, naming the change that did not count.
  await phone.locator('.time-up', { hasText: 'The result could not be fetched yet.' }).waitFor();
  assert.match(await phone.locator('.time-up').innerText(), /Time is up\./);
  assert.ok(await phone.getByLabel('Your answer').isDisabled(), 'no more changes once the time is up');
  await phone.evaluate(() => window.scrollTo(0, 0));
  await screen(phone, 'timed-390-offline');
  await phone.context().setOffline(false);
  await phone.getByRole('button', { name: 'Show the result' }).click();
  await phone.getByRole('heading', { level: 1, name: `Your result: ${QUIZ.title}` }).waitFor();
  const notice = await phone.locator('.time-up').innerText();
  assert.match(notice, /Time is up\./);
  assert.match(notice, /Your last changes to question 2 did not reach the service in time and are not part of this result\./);
  assert.match(await phone.locator('.result').nth(1).innerText(), /idempotent/, 'the saved answer counts');

  const attempts = await fetch(`${BASE_URL}/attempts?quizId=${QUIZ_ID}`, { headers: { Authorization: `Bearer ${AUTHOR}` } });
  assert.equal((await attempts.json()).total, 1, 'two devices, one attempt');
});
