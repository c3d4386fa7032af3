import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createEmbedderPool, openLexicon } from '@meshmind/rag';
import { evaluate, summarise, type CaseResult } from './rag-eval-core';

// Usage: npm run eval:rag [-- --failures] [-- --compare] [-- --no-lexicon] [-- --doubt 0]
// Failures are printed for the dev split and the second set only: the held-out split is reported,
// never inspected. The ALL rows cover the first sets (dev + heldout), comparable across sessions;
// the second set (rag-*-2.jsonl, written blind) has its own rows, and so has the third
// (rag-home-3.jsonl, written blind a session later). The fourth set (rag-*-4.jsonl, written blind in
// the twelfth session) has its own rows too, but its failures are never printed, by --failures or
// --compare: it stays blind until the end of the session that wrote it.
// --compare lists each dev robot sentence that some dialect gets wrong or declines, with those
// dialects and what each did: the same sentence read right against one vendor's document and wrong
// against another's points at how the second document is read, not at the sentence.
const showFailures = process.argv.includes('--failures');
const showComparison = process.argv.includes('--compare');
// The mapper's doubtMargin (mapper/doubtful-call.ts), on by default at 0.02: "--doubt 0" measures it off.
const doubtAt = process.argv.indexOf('--doubt');
const doubtMargin = doubtAt >= 0 ? Number(process.argv[doubtAt + 1]) : undefined;
if (doubtMargin !== undefined && !Number.isFinite(doubtMargin)) throw new Error('--doubt takes a number, the lead under which a doubtful call is asked about');
const lexicon = openLexicon({ enabled: !process.argv.includes('--no-lexicon') });
const cacheDir = mkdtempSync(join(tmpdir(), 'meshmind-rag-eval-'));
try {
  const pool = createEmbedderPool();
  const embedder = await pool.get({ kind: 'use-lite' });
  if (lexicon.missing.length > 0) console.log(`lexicon: ${lexicon.missing.join('; ')}`);
  const started = performance.now();
  const results = await evaluate({ embedder, lexicon, cacheDir, ...(doubtMargin === undefined ? {} : { doubtMargin }) });
  const elapsed = (performance.now() - started) / 1000;
  const percent = (value: number) => `${(value * 100).toFixed(1)}%`;
  const row = (label: string, subset: readonly CaseResult[]) => {
    const summary = summarise(subset);
    console.log(`${label.padEnd(28)} ${String(summary.cases).padStart(5)}  ${percent(summary.top1).padStart(6)}  ${percent(summary.top3).padStart(6)}  ${percent(summary.argumentAccuracy).padStart(6)}  ${summary.meanMargin.toFixed(3)}  ${percent(summary.right).padStart(6)}  ${percent(summary.asked).padStart(6)}  ${percent(summary.wrong).padStart(6)}`);
  };
  // right / asked / wrong (issue #17): the call meant; the mapper declined ("not executable") where a
  // call was meant; a confident wrong function or wrong arguments, or a call for a negative.
  console.log(`${'group'.padEnd(28)} cases    top1    top3    args  margin   right   asked   wrong`);
  for (const split of ['dev', 'heldout', 'second', 'third', 'fourth'] as const) {
    const inSplit = results.filter((result) => result.split === split);
    if (inSplit.length === 0) continue;
    console.log(`-- ${split}`);
    for (const group of [...new Set(inSplit.map((result) => result.group))]) row(group, inSplit.filter((result) => result.group === group));
    // A later set mixes robot sentences (each read once per vendor dialect) with home ones: each kind has its own row too.
    if (split !== 'dev' && split !== 'heldout') for (const kind of ['robot', 'home']) { const ofKind = inSplit.filter((result) => result.group.startsWith(`${kind}:`)); if (ofKind.length > 0 && ofKind.length < inSplit.length) row(`${split} ${kind}`, ofKind); }
    row(`ALL ${split}`, inSplit);
  }
  const first = results.filter((result) => result.split === 'dev' || result.split === 'heldout');
  row('ALL robot', first.filter((result) => result.group.startsWith('robot:')));
  row('ALL home', first.filter((result) => result.group.startsWith('home:')));
  row('ALL', first);
  console.log(`(${results.length} cases in ${elapsed.toFixed(1)} s)`);
  if (showComparison) {
    const bySentence = new Map<string, string[]>();
    for (const result of results.filter((item) => item.split !== 'heldout' && item.split !== 'fourth' && item.group.startsWith('robot:') && item.outcome !== 'right')) {
      const did = result.result.kind === 'call' ? result.result.calls.map((call) => call.function).join(' ; ') : 'not executable';
      bySentence.set(result.text, [...(bySentence.get(result.text) ?? []), `${result.group.slice('robot:'.length)} ${result.outcome}: ${did} (want ${result.expected.map((call) => call.function).join(' ; ') || 'not executable'})`]);
    }
    for (const [text, dialects] of bySentence) console.log(`"${text}"\n   ${dialects.join('\n   ')}`);
  }
  if (showFailures) {
    for (const result of results.filter((item) => item.split !== 'heldout' && item.split !== 'fourth' && (!item.functionCorrect || item.argumentsCorrect === false))) {
      const got = result.result.kind === 'call' ? result.result.calls.map((call) => `${call.function}${JSON.stringify(call.arguments)}`).join(' ; ') : `NOT EXECUTABLE (${result.result.reason})`;
      console.log(`[${result.group}${result.split === 'second' || result.split === 'third' ? ` ${result.split}` : ''}] "${result.text}"\n   want ${result.expected.map((call) => `${call.function}${JSON.stringify(call.arguments)}`).join(' ; ') || 'not executable'}\n   got  ${got}  cands ${result.result.ranking.map((candidate) => `${candidate.function}:${candidate.score}`).join(' ')}`);
    }
  }
} finally {
  rmSync(cacheDir, { recursive: true, force: true });
}
