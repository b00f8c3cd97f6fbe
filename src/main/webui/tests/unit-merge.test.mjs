import assert from 'node:assert/strict';
import { test } from 'node:test';
import './typescript.mjs';

const { answersOf, applyChanges, changesSince, fromService, merge, same, toSave } = await import('../src/attempt/merge.ts');

const answers = (entries) => new Map(entries);
const sorted = (map) => [...map].sort(([a], [b]) => a - b);

test('a 412 merges: the service\'s current responses, with this device\'s changes since its last save on top', () => {
  // This device saved 1 and 2; the other device then saved 2, 3 and 4; this device since changed 1, took 5 back and gave 6.
  const lastSaved = answers([[1, { choice: 'A' }], [2, { text: 'REST' }], [5, { choices: ['B'] }]]);
  const current = answers([[1, { choice: 'A' }], [2, { text: 'HTTP' }], [3, { value: true }], [4, { number: '3.14' }],
    [5, { choices: ['B'] }]]);
  const here = answers([[1, { choice: 'C' }], [2, { text: 'REST' }], [6, { order: ['b', 'a'] }]]);

  const { answers: merged, changes } = merge(current, lastSaved, here);

  assert.deepEqual(sorted(merged), [
    [1, { choice: 'C' }], // changed here since the last save: this device's
    [2, { text: 'HTTP' }], // unchanged here: the other device's newer response
    [3, { value: true }], // given on the other device only
    [4, { number: '3.14' }],
    [6, { order: ['b', 'a'] }], // given here only
  ]);
  assert.equal(merged.has(5), false, 'taken back here, so taken back in the merge');
  assert.deepEqual(toSave(changes), [
    { question: 1, choice: 'C' },
    { question: 5, choices: [] },
    { question: 6, order: ['b', 'a'] },
  ], 'the retry sends only this device\'s changes, a response taken back as an empty one');
});

test('a question changed on both devices keeps this device\'s response, the one just given', () => {
  const lastSaved = answers([[1, { pairs: { a: 'x' } }]]);
  const current = answers([[1, { pairs: { a: 'y' } }]]);
  const here = answers([[1, { pairs: { a: 'x', b: 'z' } }]]);
  assert.deepEqual(sorted(merge(current, lastSaved, here).answers), [[1, { pairs: { a: 'x', b: 'z' } }]]);
});

test('without changes here since the last save, the merge is exactly the service\'s state and nothing is sent', () => {
  const lastSaved = answers([[1, { choice: 'A' }]]);
  const current = answers([[1, { choice: 'B' }], [2, { value: false }]]);
  const { answers: merged, changes } = merge(current, lastSaved, lastSaved);
  assert.deepEqual(sorted(merged), sorted(current));
  assert.equal(changes.size, 0);
});

test('responses that say the same are no change: ticks and pairs in any order, numbers with spaces around them', () => {
  assert.ok(same({ choices: ['A', 'B'] }, { choices: ['B', 'A'] }));
  assert.ok(same({ pairs: { a: 'x', b: 'y' } }, { pairs: { b: 'y', a: 'x' } }));
  assert.ok(same({ number: ' 3.14 ' }, { number: '3.14' }));
  assert.ok(!same({ order: ['a', 'b'] }, { order: ['b', 'a'] }), 'an order is its sequence');
  assert.ok(!same({ choices: ['A'] }, { choices: ['A', 'B'] }));
  assert.ok(!same({ value: true }, { value: false }));
  assert.ok(!same({ text: 'a' }, { number: 'a' }), 'different fields never match');
  assert.ok(!same({ choice: 'A' }, undefined));
  assert.equal(changesSince(answers([[1, { choices: ['A', 'B'] }]]), answers([[1, { choices: ['B', 'A'] }]])).size, 0);
});

test('a radio cannot be taken back, so a question missing here that had one is no change', () => {
  const changes = changesSince(answers([[1, { choice: 'A' }], [2, { value: true }], [3, { text: 'x' }]]), answers([]));
  assert.deepEqual(sorted(changes), [[3, { text: '' }]]);
});

test('applying changes replaces responses and takes back the empty ones', () => {
  const result = applyChanges(answers([[1, { text: 'a' }], [2, { number: '1' }]]), answers([[1, { text: 'b' }], [2, { number: ' ' }]]));
  assert.deepEqual(sorted(result), [[1, { text: 'b' }]]);
});

test('saved responses read from the service: the one field of each, keyed by number, empty ones left out', () => {
  assert.deepEqual(sorted(answersOf({ 4: { choice: 'B' }, 2: { value: false, choice: null }, 7: { choices: [] } })),
    [[2, { value: false }], [4, { choice: 'B' }]]);
  assert.equal(fromService(null), null);
  assert.equal(fromService({}), null);
});

test('a save trims numbers and lists the answers in question order', () => {
  assert.deepEqual(toSave(answers([[9, { number: ' 2.5 ' }], [3, { value: false }]])),
    [{ question: 3, value: false }, { question: 9, number: '2.5' }]);
});
