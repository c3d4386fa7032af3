import { intentDatasetMissing, loadIntentDataset, type IntentCase } from '../support/intents-dataset';
import { IntentRunner, type CaseOutcome } from '../support/intents-runner';

// Usage: npm run eval:intents [-- --failures] [-- --intent HassTurnOn] [-- --limit N] [-- --out-of-scope]
// The Home Assistant intent sentences (CC BY 4.0) are read from ../shared/datasets/ha-intents-en
// or $MESHMIND_HA_INTENTS at run time.
function option(name: string): string | undefined {
  const index = process.argv.indexOf(name);
  return index >= 0 ? process.argv[index + 1] : undefined;
}

const missing = intentDatasetMissing();
if (missing) {
  console.log(`eval:intents skipped: ${missing}`);
  process.exit(0);
}
const dataset = loadIntentDataset();
const intent = option('--intent');
const limit = option('--limit');
let cases: IntentCase[] = dataset.cases.filter((testCase) => !intent || testCase.intent === intent);
if (limit) cases = cases.slice(0, Number(limit));
if (cases.length === 0) {
  console.log(`no sentences${intent ? ` for intent ${intent}` : ''}`);
  process.exit(1);
}

const started = performance.now();
const outcomes = await new IntentRunner(dataset).run(cases, (outcome) => {
  if (process.stderr.isTTY) process.stderr.write(outcome.verdict === 'pass' ? '.' : outcome.verdict === 'fail' ? 'F' : '');
});
if (process.stderr.isTTY) process.stderr.write('\n');
const seconds = (performance.now() - started) / 1000;

const percent = (part: number, whole: number) => (whole === 0 ? '-' : `${((part / whole) * 100).toFixed(1)}%`);
const count = (subset: CaseOutcome[], verdict: CaseOutcome['verdict']) => subset.filter((outcome) => outcome.verdict === verdict).length;
const outcomeCount = (subset: CaseOutcome[], outcome: NonNullable<CaseOutcome['outcome']>) => subset.filter((entry) => entry.outcome === outcome).length;
const row = (label: string, subset: CaseOutcome[]) => {
  const pass = count(subset, 'pass');
  const evaluated = pass + count(subset, 'fail');
  const asked = outcomeCount(subset, 'asked');
  const wrong = outcomeCount(subset, 'wrong');
  console.log(
    `${label.padEnd(30)} ${String(evaluated).padStart(5)} ${String(pass).padStart(5)} ${percent(pass, evaluated).padStart(7)} ${String(asked).padStart(6)} ${String(wrong).padStart(6)} ${percent(wrong, evaluated).padStart(7)} ${String(count(subset, 'out_of_scope')).padStart(6)}`,
  );
};
// Three outcomes (issue #17): pass = did what was meant; asked = asked, or said it could not; wrong = did something else.
console.log(`${'intent'.padEnd(30)} ${'eval'.padStart(5)} ${'pass'.padStart(5)} ${'rate'.padStart(7)} ${'asked'.padStart(6)} ${'wrong'.padStart(6)} ${'wrong%'.padStart(7)} ${'oos'.padStart(6)}`);
const evaluatedIntents = [...new Set(outcomes.filter((outcome) => outcome.verdict !== 'not_evaluated').map((outcome) => outcome.testCase.intent))];
for (const name of evaluatedIntents) row(name, outcomes.filter((outcome) => outcome.testCase.intent === name));
row('OVERALL', outcomes.filter((outcome) => outcome.verdict !== 'not_evaluated'));

const notEvaluated = outcomes.filter((outcome) => outcome.verdict === 'not_evaluated');
if (notEvaluated.length > 0) {
  const byReason = new Map<string, Set<string>>();
  for (const outcome of notEvaluated) byReason.set(outcome.reason!, (byReason.get(outcome.reason!) ?? new Set()).add(outcome.testCase.intent));
  console.log(`\nnot evaluated (${notEvaluated.length} sentences of intents that are not device control or questions):`);
  for (const [reason, intents] of byReason) console.log(`  ${reason}: ${[...intents].join(', ')}`);
}
const outOfScope = outcomes.filter((outcome) => outcome.verdict === 'out_of_scope');
if (outOfScope.length > 0) {
  const byReason = new Map<string, number>();
  for (const outcome of outOfScope) byReason.set(outcome.reason!, (byReason.get(outcome.reason!) ?? 0) + 1);
  console.log(`\nout of scope (${outOfScope.length} sentences; neither passes nor failures):`);
  for (const [reason, total] of [...byReason].sort((a, b) => b[1] - a[1])) console.log(`  ${String(total).padStart(3)}  ${reason}`);
  if (process.argv.includes('--out-of-scope')) for (const outcome of outOfScope) console.log(`    ${outcome.testCase.id} "${outcome.testCase.sentence}": ${outcome.reason}`);
}
const timed = outcomes.filter((outcome) => outcome.elapsedMs !== undefined);
const confirmed = outcomes.filter((outcome) => outcome.confirmed).length;
console.log(`\n${outcomes.length} sentences (${timed.length} run through the system${confirmed ? `, ${confirmed} confirmed with "yes"` : ''}) in ${seconds.toFixed(1)} s`);

if (process.argv.includes('--failures')) {
  console.log('\nfailures:');
  for (const outcome of outcomes.filter((entry) => entry.verdict === 'fail')) {
    const slots = Object.entries(outcome.testCase.slots).map(([key, value]) => `${key}=${String(value)}`).join(' ');
    console.log(`${outcome.testCase.id} [${outcome.outcome}] "${outcome.testCase.sentence}" {${slots}}`);
    console.log(`   want ${outcome.expected ?? '?'}   (dataset: "${outcome.testCase.response}")`);
    console.log(`   got  ${outcome.actual ?? '-'}`);
    console.log(`   why  ${outcome.reason}`);
  }
}
