// Shows the next screen of the check as text, for a reader answering a story by the screens alone:
//   node test/stories/screen.mjs '{"signs":["none"]}'
// prints the next question the visitor would see (its words and option ids), or "END" when the
// answers given reach a result. It never prints the result itself, so a reader cannot steer to it.
// Reads the tsc output in build/ (npm run build:ts).
const {TREE} = await import('../../build/src/tree/tree.js');
const {en} = await import('../../build/src/i18n/en.js');
const {answer, current, start} = await import('../../build/src/tree/flow.js');

const answers = JSON.parse(process.argv[2] ?? '{}');
let state = start(TREE);
for (;;) {
  const step = current(TREE, state);
  if (step.kind === 'outcome') {
    console.log('END');
    break;
  }
  const chosen = answers[step.question.id];
  if (!chosen) {
    const words = en.questions[step.question.id];
    console.log(`question id: ${step.question.id}`);
    console.log(`${words.title}${words.hint ? `\n(${words.hint})` : ''}`);
    console.log(step.question.kind === 'many' ? '[tick all that apply]' : '[choose one]');
    let group;
    for (const option of step.question.options) {
      if (option.group !== group && option.group)
        console.log(`  -- ${words.groups[option.group]} --`);
      group = option.group;
      console.log(`  ${option.id}: ${words.options[option.id]}`);
    }
    break;
  }
  state = answer(TREE, state, chosen);
}
