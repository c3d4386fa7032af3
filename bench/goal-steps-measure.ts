import { moodOf, openWordNet, statedLack, timesOfExecution } from '@meshmind/language';
import { randomSecret } from '../apps/coordinator/src/security/secrets';

// Usage: node --import tsx bench/goal-steps-measure.ts
// Three small steps of the coordinator's work on a one-device goal (bench:latency's goal texts),
// each timed alone, one call every 2 ms as goals make them (a tight loop would keep the caches warm
// and hide what a goal pays), 400 calls after 40 to warm up; p50 and mean in microseconds:
//   secret    the conversation key a new conversation takes (security/secrets.ts)
//   lack      the planner's reading of a supply said used up (statedLack of @meshmind/language)
//   repeat    the reading of a repeat ("every day"): the goal's mood, then every pattern of a time
//             (schedules.ts made it twice a goal before 42b2195, once since)
// Run it in two trees alternately to compare them (issue #18, fourteenth session).

const { wordNet } = openWordNet();
const TEXTS = ['turn on the kitchen light', 'turn off the kitchen light'];

async function timed(step: (text: string) => unknown): Promise<string> {
  const times: number[] = [];
  for (let index = 0; index < 440; index += 1) {
    await new Promise((resolve) => setTimeout(resolve, 2));
    const text = TEXTS[index % TEXTS.length]!;
    const start = process.hrtime.bigint();
    step(text);
    if (index >= 40) times.push(Number(process.hrtime.bigint() - start) / 1000);
  }
  const sorted = [...times].sort((left, right) => left - right);
  const mean = times.reduce((sum, time) => sum + time, 0) / times.length;
  return `p50 ${sorted[sorted.length >> 1]!.toFixed(1)} mean ${mean.toFixed(1)}`;
}

async function main(): Promise<void> {
  console.log(`secret  ${await timed(() => randomSecret())}`);
  console.log(`lack    ${await timed((text) => statedLack(text, wordNet))}`);
  console.log(`repeat  ${await timed((text) => moodOf(text) !== 'question' && timesOfExecution(text).filter((time) => time.kind === 'repeat'))}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
