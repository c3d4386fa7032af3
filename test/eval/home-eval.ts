import { readFileSync } from 'node:fs';
import { CLASSES, loadHome, parseCottageGoals, type CottageGoal } from '../support/cottage-goals';
import { CottageRunner, type GoalResult } from '../support/cottage-runner';
import { countOutcomes, OUTCOME_LABELS, outcomeHeader, outcomeRow } from '../support/outcomes';

// Usage: npm run eval:home -- <home> [--failures] [--class verb] [--goal verb-03] [--limit N]
//        npm run eval:home -- <home> --say "it's freezing in here" [--say ...] [--from office]   (sentences
//        of your own, each a fresh conversation, ungraded: prints the subtasks sent, the answer and
//        the devices each changed; " / " splits one into turns)
//        npm run eval:home -- <home> --goals test/data/probes/NAME/<home>.yaml [--failures]   (a probe set of
//        goals of your own on the home, in the goals' format, graded instead of the home's own goals)
// (npm run eval:cottage is this with the home millbrook-cottage.) A home of test/data (issue #17):
// <home>.yaml and <home>-goals.yaml, each goal run through the whole system and graded by the
// device states it leaves.
const VALUED = new Set(['--class', '--goal', '--limit', '--say', '--from', '--goals']);

function option(name: string): string | undefined {
  const index = process.argv.indexOf(name);
  return index >= 0 ? process.argv[index + 1] : undefined;
}

/** The first argument that is neither an option nor an option's value. */
function homeName(): string | undefined {
  const rest = process.argv.slice(2);
  return rest.find((argument, index) => !argument.startsWith('--') && !VALUED.has(rest[index - 1] ?? ''));
}

const home = homeName();
if (!home) {
  console.log('usage: npm run eval:home -- <home> [--failures] [--class NAME] [--goal ID] [--limit N]   (a home of test/data, e.g. canal-townhouse)');
  process.exit(1);
}
const { scenario, goals: homeGoals } = await loadHome(home);
const goalsFile = option('--goals');
const allGoals = goalsFile ? parseCottageGoals(readFileSync(goalsFile, 'utf8'), scenario, goalsFile) : homeGoals;
const onlyClass = option('--class');
const onlyGoal = option('--goal');
const limit = option('--limit');
// Every --say is a goal of its own, ungraded: nothing is expected, so every change it makes shows in its reason.
const said = process.argv.flatMap((argument, index) => (process.argv[index - 1] === '--say' ? [argument] : []));
if (said.length > 0) {
  const from = option('--from');
  const ownGoals: CottageGoal[] = said.map((text, index) => ({ id: `said-${index + 1}`, classes: [], say: text.split(' / '), ...(from ? { from } : {}), given: {}, expect: {}, asks: false, confirm: true }));
  const runner = new CottageRunner(scenario);
  try {
    for (const result of await runner.runAll(ownGoals)) {
      console.log(`"${result.goal.say.join(' / ')}"${from ? ` (from ${from})` : ''}\n   changed  ${result.reason ?? 'nothing'}\n   got  ${result.actual}`);
    }
  } finally {
    await runner.stop();
  }
  process.exit(0);
}
let goals = allGoals.filter((goal) => (!onlyClass || goal.classes.includes(onlyClass)) && (!onlyGoal || goal.id === onlyGoal));
if (limit) goals = goals.slice(0, Number(limit));
if (goals.length === 0) {
  console.log('no goals match');
  process.exit(1);
}

const started = performance.now();
const runner = new CottageRunner(scenario);
let results: GoalResult[];
try {
  results = await runner.runAll(goals, (result) => {
    if (process.stderr.isTTY) process.stderr.write(result.outcome === 'right' ? '.' : result.outcome === 'asked' ? '?' : 'W');
  });
} finally {
  await runner.stop();
}
if (process.stderr.isTTY) process.stderr.write('\n');
const seconds = (performance.now() - started) / 1000;

console.log(`${scenario.name}: ${scenario.devices.length} devices, ${results.length} goals`);
console.log(`outcomes: right = ${OUTCOME_LABELS.right}; asked = ${OUTCOME_LABELS.asked}; wrong = ${OUTCOME_LABELS.wrong}\n`);
console.log(outcomeHeader('class'));
for (const name of Object.keys(CLASSES)) {
  const inClass = results.filter((result) => result.goal.classes.includes(name));
  if (inClass.length > 0) console.log(outcomeRow(name, countOutcomes(inClass.map((result) => result.outcome))));
}
console.log(outcomeRow('ALL', countOutcomes(results.map((result) => result.outcome))));
const wordsOnly = results.filter((result) => result.wordsOnly).length;
console.log(`\n(${wordsOnly} of the wrong are wrong only by their words: the devices ended as meant; ${results.filter((result) => result.confirmed).length} confirmed with "yes"; ${seconds.toFixed(1)} s)`);

if (process.argv.includes('--failures')) {
  for (const outcome of ['wrong', 'asked'] as const) {
    const failing = results.filter((result) => result.outcome === outcome);
    if (failing.length === 0) continue;
    console.log(`\n${outcome} (${OUTCOME_LABELS[outcome]}):`);
    for (const result of failing) {
      console.log(`${result.goal.id} [${result.goal.classes.join(', ')}] "${result.goal.say.join(' / ')}"${result.goal.from ? ` (from ${result.goal.from})` : ''}`);
      console.log(`   why  ${result.reason ?? '-'}`);
      console.log(`   got  ${result.actual}`);
    }
  }
}
