import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createEmbedderPool, openLexicon } from '@meshmind/rag';
import { evaluate, type CaseResult } from './rag-eval-core';

// Usage: npx tsx test/eval/rag-calibrate.ts [--minimum-margin 0]
// Learns the mapper's abstention margin on the dev split: for each candidate margin between the chosen
// function and the next one, how many calls would turn into "not executable", and how many of those
// were wrong or right. The held-out split is printed beside it to check the choice, never to make it.
// Run with the mapper's own minimum margin at 0 (--minimum-margin 0) to see every call.
const marginArgument = process.argv.indexOf('--minimum-margin');
const minimumMargin = marginArgument === -1 ? 0 : Number(process.argv[marginArgument + 1]);
const lexicon = openLexicon();
const cacheDir = mkdtempSync(join(tmpdir(), 'meshmind-rag-calibrate-'));
try {
  const embedder = await createEmbedderPool().get({ kind: 'use-lite' });
  const results = await evaluate({ embedder, lexicon, cacheDir, minimumMargin });
  const calls = (split: string) => results.filter((result) => result.split === split && result.result.kind === 'call');
  const marginOf = (result: CaseResult) => (result.result.kind === 'call' ? Math.min(...result.result.calls.map((call) => call.margin ?? 0)) : 0);
  console.log('margin   dev: right->asked wrong->asked  wrong  top1   | heldout: right->asked wrong->asked  wrong  top1');
  for (let threshold = 0; threshold <= 0.2001; threshold += 0.01) {
    const cells = (['dev', 'heldout'] as const).map((split) => {
      const all = results.filter((result) => result.split === split);
      const declined = calls(split).filter((result) => marginOf(result) < threshold);
      const lostRight = declined.filter((result) => result.outcome === 'right').length;
      const savedWrong = declined.filter((result) => result.outcome === 'wrong').length;
      const wrong = all.filter((result) => result.outcome === 'wrong').length - savedWrong;
      const right = all.filter((result) => result.outcome === 'right').length - lostRight;
      return `${String(lostRight).padStart(12)} ${String(savedWrong).padStart(12)} ${((wrong / all.length) * 100).toFixed(1).padStart(5)}% ${((right / all.length) * 100).toFixed(1).padStart(5)}%`;
    });
    console.log(`${threshold.toFixed(2)}  ${cells.join('   | ')}`);
  }
} finally {
  rmSync(cacheDir, { recursive: true, force: true });
}
