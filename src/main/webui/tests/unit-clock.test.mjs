import assert from 'node:assert/strict';
import { test } from 'node:test';
import './typescript.mjs';

const { announcement, clockOffset, clockTime, countdown, secondsLeft } = await import('../src/attempt/clock.ts');

test('the seconds left round up, so that 00:00 shows only once the deadline has passed', () => {
  assert.equal(secondsLeft(20_000, 0), 20);
  assert.equal(secondsLeft(20_000, 19_001), 1);
  assert.equal(secondsLeft(20_000, 20_000), 0);
  assert.equal(secondsLeft(20_000, 25_000), 0, 'never below zero');
});

test('the countdown shows mm:ss and keeps minutes past an hour as minutes', () => {
  assert.equal(countdown(0), '00:00');
  assert.equal(countdown(20), '00:20');
  assert.equal(countdown(299), '04:59');
  assert.equal(countdown(5400), '90:00');
});

test('a screen reader hears the time at 5 minutes and at 1 minute left, once each, and at no other tick', () => {
  const heard = [];
  let before = null;
  for (let left = 400; left >= 0; left--) {
    const said = announcement(before, left);
    if (said) {
      heard.push([left, said]);
    }
    before = left;
  }
  assert.deepEqual(heard, [[300, '5 minutes left'], [60, '1 minute left']]);
});

test('a page that slept past both moments says only the last; opening the page says nothing', () => {
  assert.equal(announcement(400, 30), '1 minute left');
  assert.equal(announcement(400, 200), '5 minutes left');
  assert.equal(announcement(null, 300), null, 'the first reading announces nothing');
  assert.equal(announcement(null, 45), null);
  assert.equal(announcement(61, 0), null, 'the end is said by "Time is up", not by the minute');
});

test('the time of a save shows as hh:mm:ss on a 24-hour clock', () => {
  assert.equal(clockTime(new Date(2026, 10, 23, 7, 5, 9)), '07:05:09');
  assert.equal(clockTime(new Date(2026, 10, 23, 19, 45, 0)), '19:45:00');
});

test('the clock offset comes from the start time of an attempt just started, halfway through the request', () => {
  // The page's clock is 10 s behind: it sent at 19:00:00.0 and heard back at 19:00:00.2 on its clock.
  const sent = Date.parse('2026-11-23T19:00:00.000Z');
  assert.equal(clockOffset('Mon, 23 Nov 2026 19:00:10 GMT', '2026-11-23T19:00:10.100Z', sent, sent + 200), 10_000,
    'the start time, to the microsecond, wins over the header, to the second');
  assert.equal(clockOffset(null, '2026-11-23T18:59:59.100Z', sent, sent + 200), -1_000);
});

test('else from the Date header, taken as the middle of its second; else the page\'s clock is taken as right', () => {
  const sent = Date.parse('2026-11-23T19:00:00.000Z');
  assert.equal(clockOffset('Mon, 23 Nov 2026 19:00:10 GMT', null, sent, sent + 200), 10_400);
  assert.equal(clockOffset('not a date', null, sent, sent + 200), 0);
  assert.equal(clockOffset(null, null, sent, sent + 200), 0);
});
