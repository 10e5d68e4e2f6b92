// The bundle carries the decision tree packed into one string (scripts/lib/pack-tree.mjs): the
// module the build writes unpacks to exactly the tree the tests walk, and the packer refuses a
// tree it could not carry whole, so the build fails rather than ship another tree.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {packTree, treeModule} from '../../scripts/lib/pack-tree.mjs';

const {TREE} = await import('../../build/src/tree/tree.js');
const plain = (tree) => JSON.parse(JSON.stringify(tree));

test("the bundle's tree module unpacks to the tree, after the first frame", async () => {
  const code = treeModule(TREE);
  // The module only asks for a frame as it loads: the intro needs no question, so the first paint
  // never waits for the unpacking (about 25 ms at 6x CPU throttling).
  const frames = [];
  const timers = [];
  const saved = [globalThis.requestAnimationFrame, globalThis.setTimeout];
  globalThis.requestAnimationFrame = (callback) => frames.push(callback);
  globalThis.setTimeout = (callback) => timers.push(callback);
  try {
    const module = await import(`data:text/javascript,${encodeURIComponent(code)}`);
    assert.equal(frames.length, 1, 'one frame asked for');
    assert.equal(timers.length, 0, 'nothing else scheduled');
    const {get} = Object.getOwnPropertyDescriptor(module.TREE, 'questions');
    assert.equal(typeof get, 'function', 'the questions are read through a getter');
    assert.equal(module.TREE.start, TREE.start);
    // After the frame, a task of its own unpacks it; the first read gets the same tree.
    frames[0]();
    assert.equal(timers.length, 1, 'the unpacking is a task of its own');
    timers[0]();
    assert.deepStrictEqual(module.TREE, plain(TREE));
    assert.equal(module.TREE.questions, module.TREE.questions, 'unpacked once');
  } finally {
    [globalThis.requestAnimationFrame, globalThis.setTimeout] = saved;
  }
  assert.ok(code.length < JSON.stringify(TREE).length / 2, 'smaller than the tree as JSON');
});

test('a tree read before its frame unpacks then, once', async () => {
  const saved = globalThis.requestAnimationFrame;
  globalThis.requestAnimationFrame = () => {};
  try {
    // Another module text, so the import is a fresh module: the test above's is already unpacked.
    const code = `${treeModule(TREE)}// read early\n`;
    const {TREE: early} = await import(`data:text/javascript,${encodeURIComponent(code)}`);
    assert.deepStrictEqual(early.outcomes, plain(TREE).outcomes);
    assert.equal(early.outcomes, early.outcomes);
  } finally {
    globalThis.requestAnimationFrame = saved;
  }
});

test('the packer refuses a tree it would change', () => {
  const changed = (edit) => {
    const tree = structuredClone(plain(TREE));
    edit(tree);
    return () => packTree(tree);
  };
  // A key the packed form has no place for.
  assert.throws(
    changed((t) => (t.questions[0].options[0].note = 'x')),
    /does not unpack/,
  );
  assert.throws(
    changed((t) => (t.outcomes[0].extra = true)),
    /does not unpack/,
  );
  // An id holding a character the packed form uses.
  assert.throws(
    changed((t) => (t.questions[1].options[0].id = 'a b')),
    /not a plain id/,
  );
  assert.throws(
    changed((t) => (t.outcomes[2].id = 'x:y')),
    /not a plain id/,
  );
  // A level the packed form would read as another.
  assert.throws(
    changed((t) => (t.outcomes[0].level = 'serious')),
    /does not unpack/,
  );
});
