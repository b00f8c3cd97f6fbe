import assert from 'node:assert/strict';
import { test } from 'node:test';
import './typescript.mjs';

const { Autosave } = await import('../src/attempt/autosave.ts');

/** Timers that run only when the test moves the time on. */
function fakeTimers() {
  let now = 0;
  let next = 1;
  const due = new Map();
  return {
    setTimeout: (run, ms) => { due.set(next, { at: now + ms, run }); return next++; },
    clearTimeout: (id) => due.delete(id),
    setInterval: (run, ms) => { due.set(next, { at: now + ms, run, every: ms }); return next++; },
    clearInterval: (id) => due.delete(id),
    async advance(ms) {
      const until = now + ms;
      for (;;) {
        const [id, timer] = [...due].filter(([, t]) => t.at <= until).sort(([, a], [, b]) => a.at - b.at)[0] ?? [];
        if (!timer) {
          break;
        }
        now = timer.at;
        if (timer.every) {
          timer.at += timer.every;
        } else {
          due.delete(id);
        }
        timer.run();
        await settle();
      }
      now = until;
    },
  };
}

const settle = () => new Promise((resolve) => setImmediate(resolve));

function recorder() {
  const saves = [];
  let release = null;
  return {
    saves,
    /** A save that ends when the test says so. */
    hold: () => {
      saves.push('start');
      return new Promise((resolve) => {
        release = () => {
          saves.push('end');
          resolve();
        };
      });
    },
    release: async () => {
      release();
      await settle();
    },
  };
}

test('changes save once the responses are left alone for a moment: typing a word makes one save', async () => {
  const timers = fakeTimers();
  let saves = 0;
  const autosave = new Autosave(async () => { saves++; }, { quietMs: 1000, timers });
  for (let letter = 0; letter < 5; letter++) {
    autosave.changed();
    await timers.advance(300);
  }
  assert.equal(saves, 0, 'still typing');
  await timers.advance(1000);
  assert.equal(saves, 1);
  autosave.stop();
});

test('a save is tried every 30 seconds as well, and no more after stop', async () => {
  const timers = fakeTimers();
  let saves = 0;
  const autosave = new Autosave(async () => { saves++; }, { timers });
  await timers.advance(29_999);
  assert.equal(saves, 0);
  await timers.advance(1);
  assert.equal(saves, 1);
  await timers.advance(60_000);
  assert.equal(saves, 3);
  autosave.stop();
  autosave.changed();
  await timers.advance(60_000);
  assert.equal(saves, 3);
});

test('one save at a time: a change during a save is saved by a second one, after the first ends', async () => {
  const timers = fakeTimers();
  const save = recorder();
  const autosave = new Autosave(save.hold, { quietMs: 1000, timers });
  autosave.changed();
  await timers.advance(1000);
  assert.deepEqual(save.saves, ['start']);
  assert.ok(autosave.saving);
  autosave.changed();
  await timers.advance(1000);
  assert.deepEqual(save.saves, ['start'], 'no second save while the first runs');
  await save.release();
  assert.deepEqual(save.saves, ['start', 'end', 'start'], 'the second starts as the first ends');
  await save.release();
  assert.equal(autosave.saving, false);
  autosave.stop();
});

test('flush saves at once, after a save under way, and still once stopped', async () => {
  const timers = fakeTimers();
  const save = recorder();
  const autosave = new Autosave(save.hold, { quietMs: 1000, timers });
  autosave.changed();
  await timers.advance(1000);
  autosave.stop();
  const flushed = autosave.flush();
  await settle();
  assert.deepEqual(save.saves, ['start'], 'waits for the save under way');
  await save.release();
  assert.deepEqual(save.saves, ['start', 'end', 'start'], 'then saves what changed since');
  await save.release();
  await flushed;
  await timers.advance(60_000);
  assert.deepEqual(save.saves, ['start', 'end', 'start', 'end'], 'nothing by itself once stopped');
});
