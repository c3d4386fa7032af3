import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createEmbedderPool, guessedStep, openLexicon, STEP_GUESS_BELOW } from '@meshmind/rag';
import { evaluate, type CaseResult, type Split } from './rag-eval-core';

// Usage: npx tsx test/eval/rag-signals.ts [OUT.jsonl] [--step-guess N]
// Every case of eval:rag's dev, held-out, second and third sets, mapped as the mapper maps by default
// (every abstention on, the step-guess gate measured off), with the signals the mapper records for
// its calls (leads with their scores, scope, grounds). It prints, for the learning sets (dev and
// second), each signal's spread over the right calls beside its values on the wrong ones, and the
// step-guess gate's count per set at thresholds around mapper/unsure-call.ts's STEP_GUESS_BELOW:
// how many right calls it would turn into questions and how many wrong ones. OUT.jsonl, where given,
// gets one case a line; the sentence is written for the learning sets only: held-out and third are
// there to check a rule by its counts, never to read. The fourth set is not mapped at all.
const out = process.argv[2]?.startsWith('--') ? undefined : process.argv[2];
const lexicon = openLexicon();
const cacheDir = mkdtempSync(join(tmpdir(), 'meshmind-rag-signals-'));
try {
  const embedder = await createEmbedderPool().get({ kind: 'use-lite' });
  const results = await evaluate({ embedder, lexicon, cacheDir, skip: ['fourth'], stepGuessBelow: 0 });
  const learning = (split: Split) => split === 'dev' || split === 'second';
  if (out) {
    const lines = results.map((item) => {
      const { result } = item;
      return JSON.stringify({
        split: item.split, group: item.group, outcome: item.outcome, negative: item.expected.length === 0, functionCorrect: item.functionCorrect,
        ...(learning(item.split) ? { text: item.text, want: item.expected.map((call) => call.function), got: result.kind === 'call' ? result.calls.map((call) => call.function) : [] } : {}),
        kind: result.kind, calls: result.kind === 'call' ? result.calls.length : 0, ranking: result.ranking.map((candidate) => candidate.score),
        leads: result.leads ?? [], scope: result.scope, grounds: result.grounds,
      });
    });
    writeFileSync(out, `${lines.join('\n')}\n`);
    console.log(`${lines.length} cases written to ${out}`);
  }
  // Per call: the lowest of its leads' scores and margins, and the share of the request's content words its functions explain.
  const calls = results.filter((item) => item.result.kind === 'call');
  const lowest = (values: number[]) => (values.length === 0 ? Number.NaN : Math.min(...values));
  const signals: Record<string, (item: CaseResult) => number> = {
    score: (item) => lowest((item.result.leads ?? []).flatMap((lead) => (lead.hit ? [lead.hit.score] : []))),
    semantic: (item) => lowest((item.result.leads ?? []).flatMap((lead) => (lead.hit ? [lead.hit.semantic] : []))),
    lexical: (item) => lowest((item.result.leads ?? []).flatMap((lead) => (lead.hit ? [lead.hit.lexical] : []))),
    lead: (item) => lowest((item.result.leads ?? []).map((lead) => lead.margin)),
    explained: (item) => lowest(item.result.grounds?.explained ?? []) / Math.max(1, item.result.grounds?.content ?? 0),
    unmet: (item) => (item.result.grounds?.unmet ?? 0) / Math.max(1, item.result.grounds?.content ?? 0),
    'step explained': (item) => lowest((item.result.grounds?.steps ?? []).map((step) => step.explained)),
  };
  const quantile = (values: number[], share: number) => values[Math.min(values.length - 1, Math.floor(share * values.length))]!;
  console.log('\nsignals on the learning sets (dev + second): right calls p05 / p25 / p50 | the wrong calls\' values');
  for (const [name, signal] of Object.entries(signals)) {
    const of = (outcome: string) => calls.filter((item) => learning(item.split) && item.outcome === outcome).map(signal).filter((value) => !Number.isNaN(value)).sort((a, b) => a - b);
    const right = of('right');
    const wrong = of('wrong');
    if (right.length === 0) continue;
    console.log(`${name.padEnd(15)} ${[0.05, 0.25, 0.5].map((share) => quantile(right, share).toFixed(2)).join(' / ')} | ${wrong.map((value) => value.toFixed(2)).join(' ')}`);
  }
  console.log('\nstep-guess gate (mapper/unsure-call.ts): right->asked / wrong->asked per set');
  for (const below of [0.28, 0.3, STEP_GUESS_BELOW, 0.34, 0.36, 0.4]) {
    const cells = (['dev', 'second', 'heldout', 'third'] as const).map((split) => {
      const asked = calls.filter((item) => item.split === split && item.result.grounds && guessed(item, below));
      return `${split} ${asked.filter((item) => item.outcome === 'right').length} / ${asked.filter((item) => item.outcome === 'wrong').length}`;
    });
    console.log(`below ${below.toFixed(2)}: ${cells.join(' | ')}`);
  }
} finally {
  rmSync(cacheDir, { recursive: true, force: true });
}

/** Whether the step-guess gate at `below` would ask about this call (measured with the gate off). */
function guessed(item: CaseResult, below: number): boolean {
  return item.result.grounds !== undefined && guessedStep(item.result, item.result.grounds, below) !== undefined;
}
