import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { getDeviceDescription, hasDeviceType, microwaveOvenDescription, ROBOT_DIALECTS, wifiAccessPointDescription, wifiClientDescription } from '@meshmind/devices';
import type { DeviceDescription } from '@meshmind/protocol';
import { createApiMapper, createEmbedderPool, openLexicon, type ApiMapper } from '@meshmind/rag';
import { robotSelfKnowledge, score, summarise, toDialect, type CaseResult, type LabelledExample } from './rag-eval-core';

// Usage: npx tsx test/eval/probe-eval.ts test/data/probes/media.jsonl [more.jsonl ...] [--failures] [--type climate] [--dialect cpp-en]
// (`npm run eval:probes` runs every probe set at once: with several files it also prints one line per file, and
// each failure line ends with the file it came from, so two runs can be compared file by file.)
// A sentence whose deviceType is "robot" is labelled in the robot's canonical function names and is
// run against every vendor dialect's document (or only --dialect's), as eval:rag runs the warehouse sets.
// A probe set (test/data/probes/*.jsonl, the eval's format) is a device type's sentences written by
// the engineer who works on that type, before reading the eval sets: each run through the real
// mapper (USE-lite, WordNet) and graded as eval:rag grades, right / asked / wrong. Not an eval split:
// it is tuned on by design, and kept so that the next session can rerun it.
// The network scenario's types (examples/wifi.yaml) are not in the home catalog: a probe set may name them too.
const NETWORK_DOCUMENTS = new Map<string, DeviceDescription>([wifiClientDescription, wifiAccessPointDescription, microwaveOvenDescription].map((document) => [document.type, document]));
const documentOf = (type: string): DeviceDescription => (hasDeviceType(type) ? getDeviceDescription(type) : (NETWORK_DOCUMENTS.get(type) ?? getDeviceDescription(type)));
const files = process.argv.slice(2).filter((argument) => argument.endsWith('.jsonl'));
if (files.length === 0) throw new Error('probe-eval takes one or more jsonl files of labelled sentences');
const showFailures = process.argv.includes('--failures');
const typeAt = process.argv.indexOf('--type');
const onlyType = typeAt >= 0 ? process.argv[typeAt + 1] : undefined;
const dialectAt = process.argv.indexOf('--dialect');
const onlyDialect = dialectAt >= 0 ? process.argv[dialectAt + 1] : undefined;
const sourceOf = new Map<LabelledExample, string>();
const examples = files.flatMap((file) =>
  readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as LabelledExample)
    .filter((example) => !onlyType || example.deviceType === onlyType)
    .map((example) => {
      sourceOf.set(example, basename(file));
      return example;
    }),
);
const cacheDir = mkdtempSync(join(tmpdir(), 'meshmind-probe-'));
try {
  const embedder = await createEmbedderPool().get({ kind: 'use-lite' });
  const lexicon = openLexicon({ enabled: true });
  const mappers = new Map<string, ApiMapper>();
  const results: CaseResult[] = [];
  const resultFiles: string[] = [];
  const record = (example: LabelledExample, result: CaseResult) => {
    results.push(result);
    resultFiles.push(sourceOf.get(example) ?? '');
  };
  for (const dialect of ROBOT_DIALECTS.filter((item) => !onlyDialect || item.id === onlyDialect)) {
    const robots = examples.filter((example) => example.deviceType === 'robot');
    if (robots.length === 0) break;
    const mapper = await createApiMapper({ embedder, lexicon, cacheDir, document: dialect.document, ...robotSelfKnowledge(dialect.id) });
    for (const example of robots) {
      const expected = example.calls.map((call) => toDialect(dialect.id, call));
      record(example, score(`robot:${dialect.id}`, example, expected, await mapper.map(example.text, example.state ?? {}), 'dev'));
    }
  }
  for (const example of examples.filter((item) => item.deviceType !== 'robot')) {
    const type = example.deviceType ?? '';
    if (!mappers.has(type)) mappers.set(type, await createApiMapper({ embedder, lexicon, cacheDir, document: documentOf(type) }));
    record(example, score(`home:${type}`, example, example.calls, await mappers.get(type)!.map(example.text, example.state ?? {}), 'dev'));
  }
  const percent = (value: number) => `${(value * 100).toFixed(1)}%`;
  for (const group of [...new Set(results.map((result) => result.group)), 'ALL']) {
    const subset = group === 'ALL' ? results : results.filter((result) => result.group === group);
    const summary = summarise(subset);
    console.log(`${group.padEnd(24)} ${String(summary.cases).padStart(4)}  right ${percent(summary.right).padStart(6)}  asked ${percent(summary.asked).padStart(6)}  wrong ${percent(summary.wrong).padStart(6)}`);
  }
  // One line per file and each failure's file, a single file included, so that two runs can be compared case by case.
  for (const file of files.map((item) => basename(item))) {
    const subset = results.filter((_, index) => resultFiles[index] === file);
    const count = (outcome: CaseResult['outcome']) => subset.filter((result) => result.outcome === outcome).length;
    console.log(`file ${file.padEnd(30)} ${String(subset.length).padStart(5)}  right ${String(count('right')).padStart(5)}  asked ${String(count('asked')).padStart(5)}  wrong ${String(count('wrong')).padStart(5)}`);
  }
  if (showFailures) {
    for (const [index, result] of results.entries()) {
      if (result.outcome === 'right') continue;
      const from = `  <- ${resultFiles[index]}`;
      const got = result.result.kind === 'call' ? result.result.calls.map((call) => `${call.function}${JSON.stringify(call.arguments)}`).join(' ; ') : `NOT EXECUTABLE (${result.result.reason})`;
      console.log(`[${result.outcome}] ${result.group} "${result.text}"${from}\n   want ${result.expected.map((call) => `${call.function}${JSON.stringify(call.arguments)}`).join(' ; ') || 'not executable'}\n   got  ${got}`);
    }
  }
} finally {
  rmSync(cacheDir, { recursive: true, force: true });
}
