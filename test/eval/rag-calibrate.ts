import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createEmbedderPool, openLexicon } from '@meshmind/rag';
import { evaluate, type CaseResult } from './rag-eval-core';

// Usage: npx tsx test/eval/rag-calibrate.ts
// Learns the mapper's abstention on the dev split. Every call is made (both abstentions off), and
// for each signal and threshold the table says how many calls would turn into "not executable" and
// how many of those were wrong or right. The held-out split is printed beside it to check the
// choice, never to make it. Signals:
//   lead          the chosen function's lead over the next feasible one is under the threshold;
//   words-disagree the same, and more of the request's words name the runner-up than the chosen one
//                 (the lead comes from the embedding alone): the mapper's disagreementMargin.
const lexicon = openLexicon();
const cacheDir = mkdtempSync(join(tmpdir(), 'meshmind-rag-calibrate-'));
try {
  const embedder = await createEmbedderPool().get({ kind: 'use-lite' });
  const results = await evaluate({ embedder, lexicon, cacheDir, minimumMargin: 0, disagreementMargin: 0 });
  const leadsOf = (result: CaseResult) => (result.result.kind === 'call' ? (result.result.leads ?? []) : []);
  const signals: Record<string, (result: CaseResult, threshold: number) => boolean> = {
    lead: (result, threshold) => leadsOf(result).some((lead) => lead.margin < threshold),
    'words-disagree': (result, threshold) => leadsOf(result).some((lead) => lead.wordsDisagree && lead.margin < threshold),
  };
  console.log('signal          below  dev: right->asked wrong->asked  right  wrong | heldout: right->asked wrong->asked  right  wrong');
  for (const [name, declines] of Object.entries(signals)) {
    for (const threshold of [0.01, 0.02, 0.03, 0.04, 0.05, 0.06, 0.08]) {
      const cells = (['dev', 'heldout'] as const).map((split) => {
        const all = results.filter((result) => result.split === split);
        const declined = all.filter((result) => result.result.kind === 'call' && declines(result, threshold));
        const lostRight = declined.filter((result) => result.outcome === 'right').length;
        const savedWrong = declined.filter((result) => result.outcome === 'wrong').length;
        const wrong = all.filter((result) => result.outcome === 'wrong').length - savedWrong;
        const right = all.filter((result) => result.outcome === 'right').length - lostRight;
        return `${String(lostRight).padStart(12)} ${String(savedWrong).padStart(12)} ${((right / all.length) * 100).toFixed(1).padStart(5)}% ${((wrong / all.length) * 100).toFixed(1).padStart(5)}%`;
      });
      console.log(`${name.padEnd(15)} ${threshold.toFixed(2)}  ${cells.join(' | ')}`);
    }
  }
} finally {
  rmSync(cacheDir, { recursive: true, force: true });
}
