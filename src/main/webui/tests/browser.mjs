import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

/**
 * What the browser tests share: Debian's Chromium driven headless by Playwright, a screenshot of
 * every screen, and axe-core on every screen, failing on a serious or critical violation.
 */
export const BASE_URL = required('BASE_URL');
export const SCREENSHOTS = required('SCREENSHOTS');
const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

mkdirSync(SCREENSHOTS, { recursive: true });

function required(name) {
  const value = process.env[name];
  assert.ok(value, `${name} is not set`);
  return value;
}

export async function launch() {
  // Without the background-networking flags Chromium keeps calling home through a closed network.
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
  });
}

/** A page whose script errors and CSP refusals fail the test. */
export async function open(browser, { token, viewport = { width: 1200, height: 900 } } = {}) {
  const context = await browser.newContext({ viewport, acceptDownloads: true });
  if (token) {
    await context.addInitScript((value) => sessionStorage.setItem('quizbank.token', value), token);
  }
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) {
      errors.push(message.text());
    }
  });
  page.errors = errors;
  return page;
}

/** Screenshots the screen and checks it with axe-core, leaving out the parts named by {@code exclude} (CSS selectors). */
export async function screen(page, name, { exclude = [] } = {}) {
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
  await accessible(page, name, exclude);
  assert.deepEqual(page.errors, [], `script errors on ${name}`);
}

/** Checks a page or a frame of one (a page framed by another site) with axe-core. */
export async function accessible(target, name, exclude = []) {
  await target.evaluate(AXE);
  const result = await target.evaluate(([tags, excluded]) => window.axe.run({ include: [['html']], exclude: excluded.map((s) => [s]) },
    { runOnly: tags }), [WCAG, exclude]);
  const serious = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  assert.deepEqual(serious.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`), [],
    `accessibility violations on ${name}`);
}

/**
 * Presses Tab until the focused element matches, as a keyboard user would: the pattern is tried on
 * its text or label, and on "name=<name attribute>" for form controls.
 */
export async function tabTo(page, pattern, limit = 60) {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const name = await page.evaluate(() => {
      const element = document.activeElement;
      const text = (element?.getAttribute('aria-label') ?? element?.labels?.[0]?.textContent ?? element?.textContent ?? '').trim();
      return [text, `name=${element?.getAttribute('name') ?? ''}`];
    });
    if (name.some((candidate) => pattern.test(candidate))) {
      return;
    }
  }
  assert.fail(`no element matching ${pattern} within ${limit} presses of Tab`);
}
