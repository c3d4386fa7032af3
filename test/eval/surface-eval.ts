import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getDeviceDescription, listDeviceTypes, ROBOT_DIALECTS } from '@meshmind/devices';
import { escapeRegExp, isFunctionWord, isStopword, moodOf, type WordNet } from '@meshmind/language';
import { createApiMapper, createEmbedderPool, openLexicon, type ApiMapper, type MapResult } from '@meshmind/rag';
import type { Outcome } from '../support/outcomes';
import { loadExamples, robotSelfKnowledge, score, splitOf, toDialect, type LabelledCall, type LabelledExample } from './rag-eval-core';
import { randomFor, surfaceTransforms, type SurfaceTransform } from './surface-transforms';

// Usage: npm run eval:surface [-- --failures] [-- --transform NAME[,NAME]] [-- --dialect ID[,ID]] [-- --every N]
// A metamorphic eval (issue #17): each sentence of the dev split of the first sets and of the second
// and third sets is said again in another surface form that keeps its meaning (case, politeness,
// punctuation, contractions, a one-letter slip), and the outcome of
// the form is compared with the outcome of the sentence as written. Nothing is labelled anew: a
// form that moves the outcome (right -> asked, right -> wrong, asked -> wrong ...) shows a surface
// the mapper reads differently. The held-out split and the fourth set are never read here.
// Robot sentences are read against one vendor dialect (python-en unless --dialect names others):
// the surface is the request's, not the document's, and ten dialects would cost ten times as long.
const argument = (flag: string): string | undefined => {
  const at = process.argv.indexOf(flag);
  return at >= 0 ? process.argv[at + 1] : undefined;
};
const showFailures = process.argv.includes('--failures');
const onlyTransforms = argument('--transform')?.split(',').map((name) => name.trim());
const dialectIds = argument('--dialect')?.split(',') ?? ['python-en'];
// --every N reads every Nth sentence only, the same ones each run: a quicker look on a loaded machine.
const every = Number(argument('--every') ?? 1);
if (!Number.isInteger(every) || every < 1) throw new Error('--every takes a whole number of 1 or more');

interface Case {
  group: string;
  set: string;
  example: LabelledExample;
  expected: LabelledCall[];
  mapper: ApiMapper;
}

const OUTCOMES: readonly Outcome[] = ['right', 'asked', 'wrong'];

function described(result: MapResult): string {
  return result.kind === 'call' ? result.calls.map((call) => `${call.function}${JSON.stringify(call.arguments)}`).join(' ; ') : `NOT EXECUTABLE (${result.reason})`;
}

/**
 * A slip in a word that a call carries as said (an item, a name) is carried with it: "we need bin
 * bsgs" adding "bin bsgs" did what was said. Where the form differs from the sentence in one word,
 * the expected string arguments with that word as slipped are right too.
 */
function outcomeOfForm(item: Case, text: string, result: MapResult): Outcome {
  const graded = score(item.group, { ...item.example, text }, item.expected, result, 'dev').outcome;
  const written = item.example.text.split(/\s+/), said = text.split(/\s+/);
  const differing = written.length === said.length ? written.flatMap((word, index) => (word === said[index] ? [] : [[word, said[index]!] as const])) : [];
  if (graded === 'right' || differing.length !== 1) return graded;
  const [from, to] = differing[0]!.map((word) => word.replace(/^\W+|\W+$/g, ''));
  if (!from || !to) return graded;
  const slipped = item.expected.map((call) => ({
    ...call,
    arguments: Object.fromEntries(Object.entries(call.arguments).map(([key, value]) => [key, typeof value === 'string' ? value.replace(new RegExp(`\\b${escapeRegExp(from)}\\b`, 'gi'), to) : value])),
  }));
  const carried = score(item.group, { ...item.example, text }, slipped, result, 'dev').outcome;
  return carried === 'right' ? carried : graded;
}

function opensWithVerbReader(wordNet: WordNet | undefined): (text: string) => boolean {
  return (text) => {
    const first = text.match(/^[A-Za-z]+/)?.[0]?.toLowerCase();
    return first !== undefined && moodOf(text) === 'command' && (wordNet?.isVerb(first) ?? false);
  };
}

const lexicon = openLexicon({ enabled: true });
const cacheDir = mkdtempSync(join(tmpdir(), 'meshmind-surface-eval-'));
try {
  const pool = createEmbedderPool();
  const embedder = await pool.get({ kind: 'use-lite' });
  const wordNet = lexicon.wordNet;
  const transforms: SurfaceTransform[] = surfaceTransforms(
    { opensWithVerb: opensWithVerbReader(wordNet), isContentWord: (word) => !isStopword(word) && !isFunctionWord(word, 'en') },
  ).filter((transform) => !onlyTransforms || onlyTransforms.includes(transform.name));
  if (transforms.length === 0) throw new Error(`no transform named ${onlyTransforms?.join(', ')}`);
  const mapperOptions = { embedder, lexicon, cacheDir };
  const cases: Case[] = [];
  const dev = (examples: LabelledExample[]) => examples.filter((example) => splitOf(example.text) === 'dev');
  for (const dialect of ROBOT_DIALECTS.filter((item) => dialectIds.includes(item.id))) {
    const mapper = await createApiMapper({ ...mapperOptions, document: dialect.document, ...robotSelfKnowledge(dialect.id) });
    for (const [set, examples] of [['dev', dev(loadExamples('rag-warehouse.jsonl'))], ['second', loadExamples('rag-warehouse-2.jsonl')]] as const) {
      for (const example of examples) cases.push({ group: `robot:${dialect.id}`, set, example, expected: example.calls.map((call) => toDialect(dialect.id, call)), mapper });
    }
  }
  const mappers = new Map<string, ApiMapper>();
  for (const type of listDeviceTypes()) mappers.set(type, await createApiMapper({ ...mapperOptions, document: getDeviceDescription(type) }));
  for (const [set, examples] of [['dev', dev(loadExamples('rag-home.jsonl'))], ['second', loadExamples('rag-home-2.jsonl')], ['third', loadExamples('rag-home-3.jsonl')]] as const) {
    for (const example of examples) cases.push({ group: `home:${example.deviceType}`, set, example, expected: example.calls, mapper: mappers.get(example.deviceType ?? '')! });
  }
  const sampled = cases.filter((_, index) => index % every === 0);
  cases.splice(0, cases.length, ...sampled);
  const started = performance.now();
  const base = new Map<Case, { outcome: Outcome; result: MapResult }>();
  for (const item of cases) {
    const result = await item.mapper.map(item.example.text, item.example.state ?? {});
    base.set(item, { outcome: score(item.group, item.example, item.expected, result, 'dev').outcome, result });
  }
  const percent = (part: number, whole: number) => `${((part / Math.max(1, whole)) * 100).toFixed(1)}%`.padStart(6);
  const figures = (outcomes: Outcome[]) => OUTCOMES.map((outcome) => percent(outcomes.filter((item) => item === outcome).length, outcomes.length)).join(' ');
  const baseOutcomes = cases.map((item) => base.get(item)!.outcome);
  console.log(`${cases.length} sentences (${dialectIds.join(', ')} for robots); as written: right/asked/wrong ${figures(baseOutcomes)}`);
  console.log(`${'transform'.padEnd(24)} ${'n'.padStart(5)} ${'moved'.padStart(5)}  before: right  asked  wrong   after: right  asked  wrong   moves`);
  const failures: string[] = [];
  const totals = { applied: 0, moved: 0, worse: 0 };
  for (const transform of transforms) {
    const before: Outcome[] = [];
    const after: Outcome[] = [];
    const moves = new Map<string, number>();
    for (const item of cases) {
      const text = transform.apply(item.example.text, randomFor(item.example.text, transform.name));
      if (text === undefined) continue;
      const result = await item.mapper.map(text, item.example.state ?? {});
      const outcome = outcomeOfForm(item, text, result);
      const was = base.get(item)!;
      before.push(was.outcome);
      after.push(outcome);
      if (outcome === was.outcome) continue;
      const move = `${was.outcome}->${outcome}`;
      moves.set(move, (moves.get(move) ?? 0) + 1);
      if (showFailures) failures.push(`[${transform.name}] [${item.group} ${item.set}] ${move}\n   as written "${item.example.text}": ${described(was.result)}\n   said       "${text}": ${described(result)}`);
    }
    const moved = [...moves.values()].reduce((sum, count) => sum + count, 0);
    totals.applied += before.length;
    totals.moved += moved;
    totals.worse += [...moves].filter(([move]) => move.startsWith('right->') || move === 'asked->wrong').reduce((sum, [, count]) => sum + count, 0);
    const listed = [...moves].sort((left, right) => right[1] - left[1]).map(([move, count]) => `${move} ${count}`).join(', ');
    console.log(`${transform.name.padEnd(24)} ${String(before.length).padStart(5)} ${String(moved).padStart(5)}         ${figures(before)}          ${figures(after)}   ${listed}`);
  }
  console.log(`ALL transforms: ${totals.applied} forms, ${totals.moved} outcomes moved (${percent(totals.moved, totals.applied).trim()}), ${totals.worse} for the worse (${percent(totals.worse, totals.applied).trim()}) in ${((performance.now() - started) / 1000).toFixed(0)} s`);
  if (showFailures) console.log(failures.join('\n'));
} finally {
  rmSync(cacheDir, { recursive: true, force: true });
}
