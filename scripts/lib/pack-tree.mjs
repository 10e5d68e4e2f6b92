// The decision tree as the bundle carries it: `src/tree/tree.ts` stays plain typed data, the one
// the tests walk; the build writes the same data as one short string and the function below
// that unpacks it once the first frame is drawn. Every build unpacks the string it wrote and
// compares it with the tree (`packTree` throws on any difference), so the bundle's tree is the
// tested tree.
//
// The string: one line per question, `id` (or `id:many`) then its options separated by spaces,
// each `option>next` where next is a question id, or `=outcome`; then `!` for exclusive, `^` and
// a level's first letter for a warning sign, `@group`. After a `|`, the outcomes separated by
// spaces, each `id:level's first letter:referral:flags` (`s` still, `k` kidneys).
import {isDeepStrictEqual} from 'node:util';

/** The tree from its packed string; written out into the bundle, so it uses nothing else. */
export function unpack(packed, start) {
  const levels = {e: 'emergency', u: 'urgent', r: 'routine', s: 'self-care'};
  const [questions, outcomes] = packed.split('|');
  return {
    start,
    questions: questions.split('\n').map((line) => {
      const [head, ...options] = line.split(' ');
      const [id, kind] = head.split(':');
      return {
        id,
        ...(kind && {kind}),
        options: options.map((option) => {
          const [, id, out, to, exclusive, sign, group] =
            /^(.+?)>(=?)([^!^@]+)(!?)(?:\^(.))?(?:@(.+))?$/.exec(option);
          return {
            id,
            next: out ? {outcome: to} : {question: to},
            ...(exclusive && {exclusive: true}),
            ...(sign && {sign: levels[sign]}),
            ...(group && {group}),
          };
        }),
      };
    }),
    outcomes: outcomes.split(' ').map((outcome) => {
      const [id, level, referral, flags] = outcome.split(':');
      return {
        id,
        level: levels[level],
        referral,
        ...(flags.includes('s') && {still: true}),
        ...(flags.includes('k') && {kidneys: true}),
      };
    }),
  };
}

/** The tree as data only (what JSON keeps: no undefined keys). */
const plain = (tree) => JSON.parse(JSON.stringify(tree));

/** `tree` packed; throws if the packed string does not unpack to exactly `tree`. */
export function packTree(tree) {
  const name = (id) => {
    if (!/^[a-z0-9-]+$/.test(id)) throw new Error(`pack-tree: "${id}" is not a plain id`);
    return id;
  };
  const questions = tree.questions.map((question) =>
    [
      name(question.id) + (question.kind ? `:${name(question.kind)}` : ''),
      ...question.options.map(
        (option) =>
          `${name(option.id)}>${
            'outcome' in option.next ? `=${name(option.next.outcome)}` : name(option.next.question)
          }${option.exclusive ? '!' : ''}${option.sign ? `^${option.sign[0]}` : ''}${
            option.group ? `@${name(option.group)}` : ''
          }`,
      ),
    ].join(' '),
  );
  const outcomes = tree.outcomes.map(
    (outcome) =>
      `${name(outcome.id)}:${outcome.level[0]}:${name(outcome.referral)}:${outcome.still ? 's' : ''}${outcome.kidneys ? 'k' : ''}`,
  );
  const packed = `${questions.join('\n')}|${outcomes.join(' ')}`;
  if (!isDeepStrictEqual(unpack(packed, tree.start), plain(tree))) {
    throw new Error('pack-tree: the packed tree does not unpack to the tree');
  }
  return packed;
}

/**
 * The bundle's tree module: the packed string and the function that unpacks it. The intro needs no
 * question, so the tree is unpacked in a task of its own just after the first frame (or sooner, the
 * first time the flow reads it), never before the first paint: about 25 ms at 6× CPU throttling.
 */
export const treeModule = (tree) =>
  [
    `const unpack = ${unpack.toString()};`,
    'let tree;',
    `const unpacked = () => (tree ??= unpack(${JSON.stringify(packTree(tree))}, ${JSON.stringify(tree.start)}));`,
    'requestAnimationFrame(() => setTimeout(unpacked));',
    'export const TREE = {',
    `  start: ${JSON.stringify(tree.start)},`,
    '  get questions() { return unpacked().questions; },',
    '  get outcomes() { return unpacked().outcomes; },',
    '};',
    '',
  ].join('\n');
