import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { accessible, BASE_URL, launch, open, screen } from './browser.mjs';

// Run by LtiBrowserIT, which starts the test platform; skipped in the other browser runs.
const COURSE_URL = process.env.LTI_COURSE_URL;
const GRADEBOOK_URL = process.env.LTI_GRADEBOOK_URL;
const PICKER_COURSE_URL = process.env.LTI_PICKER_COURSE_URL;

let browser;

before(async () => {
  if (COURSE_URL) {
    browser = await launch();
  }
});

after(async () => {
  await browser?.close();
});

/** Waits for the launch to show {@code landmark} in the frame, or fails saying where it stopped. */
async function opened(page, landmark) {
  try {
    await landmark.waitFor({ timeout: 60000 });
  } catch (failure) {
    // Where the launch stopped: the frame's address and text say which step refused it.
    await page.screenshot({ path: `${process.env.SCREENSHOTS}/lti-00-stopped.png`, fullPage: true });
    const frames = await Promise.all(page.frames().map(async (frame) =>
      `${frame.url()}: ${await frame.locator('body').innerText({ timeout: 2000 }).catch((e) => e.message)}`));
    assert.fail(`the launch did not open in the frame (${failure.message}; ${page.errors.join('; ')}):\n${frames.join('\n')}`);
  }
}

test('a learner launched from a course takes chapter-20 inside the platform\'s cross-origin frame', { skip: !COURSE_URL }, async () => {
  const page = await open(browser);
  await page.goto(COURSE_URL);
  const tool = page.frameLocator('iframe[title="Quizbank"]');
  await opened(page, tool.getByRole('heading', { level: 2, name: 'Question 1 of 25' }));
  assert.match(await tool.locator('.who').innerText(), /Signed in as lti:\d+:frame-learner \(learner\)/);
  await screen(page, 'lti-01-question');
  const frame = () => page.frames().find((candidate) => candidate.url().startsWith(BASE_URL));
  await accessible(frame(), 'lti-01-question (the tool)');

  await tool.getByLabel('All questions').check();
  for (let question = 1; question <= 25; question++) {
    await tool.locator(`input[name="question-${question}"][value="C"]`).check();
  }
  await tool.getByRole('button', { name: 'Submit answers' }).click();
  await tool.getByRole('heading', { level: 1, name: 'Your result: Working with External APIs and Integrations' }).waitFor();
  await screen(page, 'lti-02-result');
  await accessible(frame(), 'lti-02-result (the tool)');
  const score = (await tool.locator('.score .big').innerText()).match(/\d+(\.\d+)?/)[0];

  // The platform's gradebook shows the score the tool sent it (AGS), as its instructor would see it.
  const row = page.getByRole('row', { name: /frame-learner/ });
  for (let tries = 0; tries < 40 && await row.count() === 0; tries++) {
    await page.goto(GRADEBOOK_URL);
    if (await row.count() === 0) {
      await page.waitForTimeout(250);
    }
  }
  assert.equal(await row.count(), 1, 'one score arrived at the platform');
  assert.match(await row.innerText(), new RegExp(`frame-learner\\s+${score}(\\.0)? / 25(\\.0)?\\s+FullyGraded`));
  await screen(page, 'lti-03-gradebook');
  await accessible(page, 'lti-03-gradebook (the platform)');
});

test('an instructor places chapter-20 in the course from the picker in the platform\'s frame', { skip: !PICKER_COURSE_URL }, async () => {
  const page = await open(browser);
  await page.goto(PICKER_COURSE_URL);
  const tool = page.frameLocator('iframe[title="Quizbank"]');
  await opened(page, tool.getByRole('heading', { level: 1, name: 'Choose a quiz for your course' }));
  await screen(page, 'lti-04-picker');
  const frame = () => page.frames().find((candidate) => candidate.url().startsWith(BASE_URL));
  await accessible(frame(), 'lti-04-picker (the tool)');

  await tool.getByRole('button', { name: 'Place in course: Working with External APIs and Integrations' }).click();
  // The signed answer is posted to the platform's return URL, which the frame then shows.
  await tool.getByText('Linked').waitFor();
  await screen(page, 'lti-05-placed');
});
