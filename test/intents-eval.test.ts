import { describe, expect, it } from 'vitest';
import { intentDatasetMissing, loadIntentDataset, type IntentCase, type IntentDataset } from './support/intents-dataset';
import { expectationFor } from './support/intents-expect';
import { buildIntentHome } from './support/intents-home';
import { IntentRunner } from './support/intents-runner';

// A deterministic sample of the Home Assistant intent sentences (CC BY 4.0, read from
// ../shared/datasets/ha-intents-en or $MESHMIND_HA_INTENTS) through the whole system. The floor
// sits just under what the system reaches today: it catches regressions, and the lead raises it
// as the planner improves (24/58 = 41% on the first run, 35/58 = 60% later, 47/58 = 81%, then 54/58 = 93%
// with h/intacc; the sample weighs every intent alike, so it runs below the full set's 96.0%). Expectations come from the dataset's
// slots, never from this file.
const SAMPLE_SIZE = 60;
const HOMES = 4;
const PASS_RATE_FLOOR = 0.88;

const missing = intentDatasetMissing();
if (missing) console.warn(`intents eval skipped: ${missing}`);

/**
 * Evaluable sentences from the few fixture homes with the most of them (each home costs a stack
 * start), then an even stride through each intent so every intent there is represented.
 */
function sample(dataset: IntentDataset): IntentCase[] {
  const homes = new Map<string, ReturnType<typeof buildIntentHome>>();
  const evaluable = dataset.cases.filter((testCase) => {
    const key = JSON.stringify(testCase.overrides);
    if (!homes.has(key)) homes.set(key, buildIntentHome(dataset.fixtures, testCase.overrides));
    const kind = expectationFor(homes.get(key)!, testCase).kind;
    return kind === 'control' || kind === 'question';
  });
  const perHome = new Map<string, number>();
  for (const testCase of evaluable) perHome.set(JSON.stringify(testCase.overrides), (perHome.get(JSON.stringify(testCase.overrides)) ?? 0) + 1);
  const chosenHomes = new Set([...perHome].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, HOMES).map(([key]) => key));
  const pool = evaluable.filter((testCase) => chosenHomes.has(JSON.stringify(testCase.overrides)));
  const byIntent = new Map<string, IntentCase[]>();
  for (const testCase of pool) byIntent.set(testCase.intent, [...(byIntent.get(testCase.intent) ?? []), testCase]);
  const share = Math.max(1, Math.floor(SAMPLE_SIZE / byIntent.size));
  const chosen = [...byIntent.values()].flatMap((cases) => {
    const stride = Math.max(1, Math.floor(cases.length / share));
    return cases.filter((_, index) => index % stride === 0).slice(0, share);
  });
  return chosen.slice(0, SAMPLE_SIZE);
}

describe.skipIf(missing !== undefined)('Home Assistant intent sentences through the whole system', () => {
  it(`passes at least ${PASS_RATE_FLOOR * 100}% of a deterministic sample`, { timeout: 240_000 }, async () => {
    const dataset = loadIntentDataset();
    const cases = sample(dataset);
    expect(cases.length).toBeGreaterThanOrEqual(40);
    expect(new Set(cases.map((testCase) => testCase.intent)).size).toBeGreaterThanOrEqual(8);
    const outcomes = await new IntentRunner(dataset).run(cases);
    const passed = outcomes.filter((outcome) => outcome.verdict === 'pass').length;
    const judged = outcomes.filter((outcome) => outcome.verdict === 'pass' || outcome.verdict === 'fail').length;
    expect(judged).toBe(cases.length);
    const failures = outcomes.filter((outcome) => outcome.verdict === 'fail').map((outcome) => `${outcome.testCase.id} "${outcome.testCase.sentence}": ${outcome.reason}`);
    expect(passed / judged, `${passed}/${judged} passed; failures:\n${failures.join('\n')}`).toBeGreaterThanOrEqual(PASS_RATE_FLOOR);
  });
});
