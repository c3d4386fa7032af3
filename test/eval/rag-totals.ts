import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createEmbedderPool, openLexicon } from '@meshmind/rag';
import { evaluate, type Split } from './rag-eval-core';

// Usage: npx tsx test/eval/rag-totals.ts SET [--step-guess N] [--doubt N]
// The right / asked / wrong counts of one set of eval:rag (dev, heldout, second, third or fourth),
// robot and home apart, and nothing else: eval:rag prints shares to 0.1%, which on the fourth set
// (1568 cases) hide a change of one case. No sentence is printed, so a blind set stays blind.
const set = process.argv[2] as Split | undefined;
const sets: Split[] = ['dev', 'heldout', 'second', 'third', 'fourth'];
if (!set || !sets.includes(set)) throw new Error(`usage: rag-totals.ts ${sets.join('|')} [--step-guess N] [--doubt N]`);
const option = (flag: string) => {
  const at = process.argv.indexOf(flag);
  return at < 0 ? undefined : Number(process.argv[at + 1]);
};
const stepGuessBelow = option('--step-guess');
const doubtMargin = option('--doubt');
const cacheDir = mkdtempSync(join(tmpdir(), 'meshmind-rag-totals-'));
try {
  const embedder = await createEmbedderPool().get({ kind: 'use-lite' });
  const results = await evaluate({ embedder, lexicon: openLexicon(), cacheDir, skip: sets.filter((other) => other !== set), ...(stepGuessBelow === undefined ? {} : { stepGuessBelow }), ...(doubtMargin === undefined ? {} : { doubtMargin }) });
  for (const kind of ['robot', 'home', '']) {
    const ofKind = results.filter((result) => result.group.startsWith(kind));
    const count = (outcome: string) => ofKind.filter((result) => result.outcome === outcome).length;
    console.log(`${set} ${kind || 'all'}: ${ofKind.length} cases, right ${count('right')}, asked ${count('asked')}, wrong ${count('wrong')}`);
  }
} finally {
  rmSync(cacheDir, { recursive: true, force: true });
}
