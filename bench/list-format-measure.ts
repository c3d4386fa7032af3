import { formatList } from '@meshmind/language';

// Usage: node --import tsx bench/list-format-measure.ts
// formatList of one item, as an agent's report words one action a goal (libs/fsm taskMessage):
// one call every 2 ms after 2,000 small objects are made (a goal's churn between two reports),
// 400 calls after 40; p50, p90 and mean in microseconds. Run it in two trees alternately to compare
// them (issue #18, twenty-fifth session).

const times: number[] = [];
for (let index = 0; index < 440; index += 1) {
  await new Promise((resolve) => setTimeout(resolve, 2));
  const churn = Array.from({ length: 2000 }, (_, key) => ({ key, value: `v${key}` }));
  const start = process.hrtime.bigint();
  const said = formatList([`turn_on (brightness ${index})`]);
  if (index >= 40) times.push(Number(process.hrtime.bigint() - start) / 1000);
  if (said.length === 0) console.log(churn.length);
}
const sorted = [...times].sort((left, right) => left - right);
const mean = times.reduce((sum, time) => sum + time, 0) / times.length;
console.log(`formatList, one item: p50 ${sorted[sorted.length >> 1]!.toFixed(2)} p90 ${sorted[Math.floor(sorted.length * 0.9)]!.toFixed(2)} mean ${mean.toFixed(2)} us`);
