// The bundle carries the decision tree packed into one string (scripts/lib/pack-tree.mjs): the
// module the build writes unpacks to exactly the tree the tests walk, and the packer refuses a
// tree it could not carry whole, so the build fails rather than ship another tree.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {packTree, treeModule} from '../../scripts/lib/pack-tree.mjs';

const {TREE} = await import('../../build/src/tree/tree.js');
const plain = (tree) => JSON.parse(JSON.stringify(tree));

test("the bundle's tree module unpacks to the tree", async () => {
  const code = treeModule(TREE);
  const module = await import(`data:text/javascript,${encodeURIComponent(code)}`);
  assert.deepStrictEqual(module.TREE, plain(TREE));
  assert.ok(code.length < JSON.stringify(TREE).length / 2, 'smaller than the tree as JSON');
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
