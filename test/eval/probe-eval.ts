import { readFileSync } from 'node:fs';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getDeviceDescription } from '@meshmind/devices';
import { createApiMapper, createEmbedderPool, openLexicon, type ApiMapper } from '@meshmind/rag';
import type { LabelledExample } from './rag-eval-core';

// Usage: npx tsx test/eval/probe-eval.ts test/data/probes/sensing.jsonl [--failures] [--type climate]
// A probe set is an engineer's own sentences for a few device types (test/data/probes/): not an eval
// split, but rerunnable, so a later session sees whether what one session fixed still holds.
const file = process.argv[2];
if (!file) throw new Error('name a probe file (jsonl in the eval format)');
const showFailures = process.argv.includes('--failures');
const typeAt = process.argv.indexOf('--type');
const onlyType = typeAt >= 0 ? process.argv[typeAt + 1] : undefined;
const examples = readFileSync(file, 'utf8').split('\n').filter((line) => line.trim() !== '').map((line) => JSON.parse(line) as LabelledExample)
  .filter((example) => !onlyType || example.deviceType === onlyType);
const lexicon = openLexicon({ enabled: true });
const cacheDir = mkdtempSync(join(tmpdir(), 'meshmind-probe-'));
try {
  const embedder = await createEmbedderPool().get({ kind: 'use-lite' });
  const mappers = new Map<string, ApiMapper>();
  const tally = new Map<string, { right: number; asked: number; wrong: number }>();
  const failures: string[] = [];
  for (const example of examples) {
    const type = example.deviceType ?? '';
    if (!mappers.has(type)) mappers.set(type, await createApiMapper({ embedder, lexicon, cacheDir, document: getDeviceDescription(type) }));
    const result = await mappers.get(type)!.map(example.text, example.state ?? {});
    const got = result.kind === 'call' ? result.calls.map((call) => `${call.function}${JSON.stringify(call.arguments)}`).join(' ; ') : `NOT EXECUTABLE (${result.reason})`;
    const want = example.calls.map((call) => `${call.function}${JSON.stringify(call.arguments)}`).join(' ; ');
    const same = result.kind === 'call' && result.calls.length === example.calls.length
      && result.calls.every((call, index) => call.function === example.calls[index]!.function && JSON.stringify(Object.entries(call.arguments).sort()) === JSON.stringify(Object.entries(example.calls[index]!.arguments).sort()));
    const outcome = example.calls.length === 0 ? (result.kind === 'call' ? 'wrong' : 'right') : result.kind !== 'call' ? 'asked' : same ? 'right' : 'wrong';
    const counts = tally.get(type) ?? { right: 0, asked: 0, wrong: 0 };
    counts[outcome] += 1;
    tally.set(type, counts);
    if (outcome !== 'right') failures.push(`[${type} ${outcome}] "${example.text}"\n   want ${want || 'not executable'}\n   got  ${got}`);
  }
  const all = { right: 0, asked: 0, wrong: 0 };
  for (const [type, counts] of tally) {
    console.log(`${type.padEnd(20)} ${String(counts.right + counts.asked + counts.wrong).padStart(4)}  right ${counts.right}  asked ${counts.asked}  wrong ${counts.wrong}`);
    all.right += counts.right; all.asked += counts.asked; all.wrong += counts.wrong;
  }
  console.log(`${'ALL'.padEnd(20)} ${String(all.right + all.asked + all.wrong).padStart(4)}  right ${all.right}  asked ${all.asked}  wrong ${all.wrong}`);
  if (showFailures) console.log(failures.join('\n'));
} finally {
  rmSync(cacheDir, { recursive: true, force: true });
}
