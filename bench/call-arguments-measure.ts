import { validateCallArguments, type ApiFunctionSpec, type ParameterSpec } from '@meshmind/protocol';

// Usage: node --import tsx bench/call-arguments-measure.ts
// The check of one call's arguments as the mapper makes it (issue #18): a function spec made afresh
// around the document's own parameter list at every call (libs/rag's toApiFunctionSpec), five rounds
// of 2,000 calls after 200; prints the median of rounds 2-5, microseconds of CPU a call. To run in
// two trees alternately.
const parameters: ParameterSpec[] = [
  { name: 'brightness', type: 'integer', description: 'Brightness', minimum: 0, maximum: 100, required: false },
  { name: 'transition', type: 'number', description: 'Fade time', unit: 's', minimum: 0, maximum: 60, required: false },
  { name: 'effect', type: 'enum', description: 'Effect', values: ['none', 'colorloop'], required: false },
] as ParameterSpec[];
const spec = (): ApiFunctionSpec => ({ name: 'turn_on', description: 'Turn the light on', kind: 'action', parameters }) as ApiFunctionSpec;
const call = (index: number) => {
  const checked = validateCallArguments(spec(), { brightness: index % 101 });
  if (!checked.ok) throw new Error('a valid call was refused');
};
for (let index = 0; index < 200; index += 1) call(index);
const rounds: number[] = [];
for (let round = 0; round < 5; round += 1) {
  const before = process.cpuUsage();
  for (let index = 0; index < 2000; index += 1) call(index);
  const used = process.cpuUsage(before);
  rounds.push((used.user + used.system) / 2000);
}
const sorted = rounds.slice(1).sort((a, b) => a - b);
console.log(`rounds (us a call): ${rounds.map((value) => value.toFixed(2)).join(' ')}; median of 2-5: ${((sorted[1]! + sorted[2]!) / 2).toFixed(2)}`);
