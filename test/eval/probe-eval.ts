import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getDeviceDescription } from '@meshmind/devices';
import { createApiMapper, createEmbedderPool, openLexicon, type ApiMapper } from '@meshmind/rag';
import type { LabelledExample } from './rag-eval-core';

// Usage: npx tsx test/eval/probe-eval.ts test/data/probes/NAME.jsonl [--failures]
// A probe set is written by the engineer who works on a device type, before reading the eval's
// failures, to find the classes that carry; it is not an eval split. Prints right / asked / wrong
// per device type, and with --failures each sentence that was not right.
const file = process.argv[2];
if (!file) throw new Error('usage: probe-eval.ts FILE.jsonl [--failures]');
const showFailures = process.argv.includes('--failures');
const examples = readFileSync(file, 'utf8').split('\n').filter((line) => line.trim() !== '').map((line) => JSON.parse(line) as LabelledExample);
const cacheDir = mkdtempSync(join(tmpdir(), 'meshmind-probe-'));
try {
  const embedder = await createEmbedderPool().get({ kind: 'use-lite' });
  const lexicon = openLexicon({ enabled: true });
  const mappers = new Map<string, ApiMapper>();
  const tally = new Map<string, { right: number; asked: number; wrong: number }>();
  for (const example of examples) {
    const type = example.deviceType ?? '';
    if (!mappers.has(type)) mappers.set(type, await createApiMapper({ embedder, lexicon, cacheDir, document: getDeviceDescription(type) }));
    const result = await mappers.get(type)!.map(example.text, example.state ?? {});
    const same = (actual: Record<string, unknown>, expected: Record<string, unknown>) =>
      [...new Set([...Object.keys(actual), ...Object.keys(expected)])].every((key) => String(actual[key] ?? '').toLowerCase() === String(expected[key] ?? '').toLowerCase());
    const outcome = example.calls.length === 0
      ? (result.kind === 'not_executable' ? 'right' : 'wrong')
      : result.kind !== 'call' ? 'asked'
      : result.calls.length === example.calls.length && result.calls.every((call, index) => call.function === example.calls[index]!.function && same(call.arguments, example.calls[index]!.arguments)) ? 'right' : 'wrong';
    const counts = tally.get(type) ?? { right: 0, asked: 0, wrong: 0 };
    counts[outcome] += 1;
    tally.set(type, counts);
    if (showFailures && outcome !== 'right') {
      const got = result.kind === 'call' ? result.calls.map((call) => `${call.function}${JSON.stringify(call.arguments)}`).join(' ; ') : `NOT EXECUTABLE (${result.reason})`;
      console.log(`${outcome.toUpperCase()} "${example.text}"\n   want ${example.calls.map((call) => `${call.function}${JSON.stringify(call.arguments)}`).join(' ; ') || 'not executable'}\n   got  ${got}`);
    }
  }
  for (const [type, counts] of tally) {
    const total = counts.right + counts.asked + counts.wrong;
    console.log(`${type.padEnd(20)} ${String(total).padStart(4)}  right ${counts.right}  asked ${counts.asked}  wrong ${counts.wrong}`);
  }
} finally {
  rmSync(cacheDir, { recursive: true, force: true });
}
