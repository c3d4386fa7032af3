import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createEmbedderPool, openLexicon } from '@meshmind/rag';
import { evaluate } from './rag-eval-core';

// Usage: npx tsx test/eval/rag-signals.ts OUT.jsonl
// Every case of eval:rag's dev, held-out, second and third sets, mapped as the mapper maps by default
// (every abstention on), written one a line with its outcome and the signals the mapper records for
// its calls (leads, scope, grounds). The sentence is written for the learning sets (dev, second)
// only: held-out and third are there to check a rule by its counts, never to read. The fourth set
// is not mapped at all.
const out = process.argv[2];
if (!out) throw new Error('usage: rag-signals.ts OUT.jsonl');
const lexicon = openLexicon();
const cacheDir = mkdtempSync(join(tmpdir(), 'meshmind-rag-signals-'));
try {
  const embedder = await createEmbedderPool().get({ kind: 'use-lite' });
  const results = await evaluate({ embedder, lexicon, cacheDir, skip: ['fourth'] });
  const lines = results.map((item) => {
    const learning = item.split === 'dev' || item.split === 'second';
    const { result } = item;
    return JSON.stringify({
      split: item.split, group: item.group, outcome: item.outcome, negative: item.expected.length === 0, functionCorrect: item.functionCorrect,
      ...(learning ? { text: item.text, want: item.expected.map((call) => call.function), got: result.kind === 'call' ? result.calls.map((call) => call.function) : [] } : {}),
      kind: result.kind, calls: result.kind === 'call' ? result.calls.length : 0, ranking: result.ranking.map((candidate) => candidate.score),
      leads: result.leads ?? [], scope: result.scope, grounds: result.grounds,
    });
  });
  writeFileSync(out, `${lines.join('\n')}\n`);
  console.log(`${lines.length} cases written to ${out}`);
} finally {
  rmSync(cacheDir, { recursive: true, force: true });
}
