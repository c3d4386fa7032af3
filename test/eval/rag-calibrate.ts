import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createEmbedderPool, isDoubtful, openLexicon, type Lead } from '@meshmind/rag';
import { evaluate, type CaseResult } from './rag-eval-core';

// Usage: npx tsx test/eval/rag-calibrate.ts
// Learns the mapper's abstentions on the dev split. Every call is made (all abstentions off), and
// for each signal and threshold the table says how many calls would turn into "not executable" and
// how many of those were wrong or right. The held-out split is printed beside it to check the
// choice, never to make it. Signals:
//   lead          the chosen function's lead over the next feasible one is under the threshold;
//   words-disagree the same, and more of the request's words name the runner-up than the chosen one
//                 (the lead comes from the embedding alone): the mapper's disagreementMargin.
//   views-split   the lead is under the threshold and the chosen function does not lead on all of
//                 the embedding, the word match and the evidence terms (runner-up.ts `views`);
//   evidence-against the same, where the evidence terms alone favour the runner-up;
//   relative lead the lead is under a share of the chosen function's score;
//   words-even    the lead is under the threshold and the chosen function explains no more of the
//                 request's content words than the runner-up (mapper/unsupported-command.ts reads
//                 each function's own words with their WordNet relations);
//   doubt         the same, where the two functions' names share no word: the mapper's doubtMargin
//                 (mapper/doubtful-call.ts), off by default, calibrated at 0.02;
//   scope w/s     out of scope (mapper/scope.ts): an order whose best content word meets the
//                 document less closely than w (1 = same stem, 0.9 synonym, 0.8 derivation or
//                 opposite, 0.55 broader word, 0 none) and whose nearest function's embedding
//                 similarity is under s; questions, numbers a function takes, a device called by
//                 its own name and free-text lists are never judged. A declined negative ("water
//                 the plants" to a robot) turns wrong into right: the (neg->right) count.
const lexicon = openLexicon();
const cacheDir = mkdtempSync(join(tmpdir(), 'meshmind-rag-calibrate-'));
try {
  const embedder = await createEmbedderPool().get({ kind: 'use-lite' });
  const results = await evaluate({ embedder, lexicon, cacheDir, minimumMargin: 0, disagreementMargin: 0, doubtMargin: 0, scope: false });
  const leadsOf = (result: CaseResult) => (result.result.kind === 'call' ? (result.result.leads ?? []) : []);
  const table = (title: string, signals: Record<string, (result: CaseResult) => boolean>) => {
    console.log(`\n${title}`);
    console.log('signal                 dev: right->asked wrong->asked(neg->right)  right  wrong | heldout: right->asked wrong->asked(neg->right)  right  wrong');
    for (const [name, declines] of Object.entries(signals)) {
      const cells = (['dev', 'heldout'] as const).map((split) => {
        const all = results.filter((result) => result.split === split);
        const declined = all.filter((result) => result.result.kind === 'call' && declines(result));
        const lostRight = declined.filter((result) => result.outcome === 'right').length;
        const savedWrong = declined.filter((result) => result.outcome === 'wrong').length;
        const negatives = declined.filter((result) => result.outcome === 'wrong' && result.expected.length === 0).length;
        const wrong = all.filter((result) => result.outcome === 'wrong').length - savedWrong;
        const right = all.filter((result) => result.outcome === 'right').length - lostRight + negatives;
        const saved = `${savedWrong}(${negatives})`;
        return `${String(lostRight).padStart(12)} ${saved.padStart(23)} ${((right / all.length) * 100).toFixed(1).padStart(5)}% ${((wrong / all.length) * 100).toFixed(1).padStart(5)}%`;
      });
      console.log(`${name.padEnd(18)} ${cells.join(' | ')}`);
    }
  };
  const margins = [0.01, 0.02, 0.03, 0.04, 0.05, 0.06, 0.08, 0.12];
  table('lead: the chosen function leads the next feasible one by less than the threshold', Object.fromEntries(margins.map((threshold) => [`lead ${threshold.toFixed(2)}`, (result: CaseResult) => leadsOf(result).some((lead) => lead.margin < threshold)])));
  table('words-disagree: the same, where more request words name the runner-up', Object.fromEntries(margins.map((threshold) => [`words ${threshold.toFixed(2)}`, (result: CaseResult) => leadsOf(result).some((lead) => lead.wordsDisagree && lead.margin < threshold)])));
  table('rankings-disagree: the same, where the embedding and the word match order the two functions oppositely', Object.fromEntries(margins.map((threshold) => [`rank ${threshold.toFixed(2)}`, (result: CaseResult) => leadsOf(result).some((lead) => lead.pair?.rankingsDisagree === true && lead.margin < threshold)])));
  table('runner-up-named: the same, where the request says a word only the runner-up has and none only the chosen has', Object.fromEntries(margins.map((threshold) => [`named ${threshold.toFixed(2)}`, (result: CaseResult) => leadsOf(result).some((lead) => lead.pair?.runnerUpNamed === true && lead.margin < threshold)])));
  table('both: rankings disagree and the runner-up is named', Object.fromEntries(margins.map((threshold) => [`both ${threshold.toFixed(2)}`, (result: CaseResult) => leadsOf(result).some((lead) => lead.pair?.runnerUpNamed === true && lead.pair.rankingsDisagree && lead.margin < threshold)])));
  // Agreement of the views (h/ragwrong): a call that leads on one view alone, or whose evidence
  // terms favour the runner-up, looks like a guess; the tables show how often it is one.
  const views = (lead: Lead) => lead.pair?.views;
  table('views-split: the same, where the chosen does not lead on all of embedding, words and evidence', Object.fromEntries(margins.map((threshold) => [`split ${threshold.toFixed(2)}`, (result: CaseResult) => leadsOf(result).some((lead) => { const view = views(lead); return view !== undefined && lead.margin < threshold && !(view.semantic > 0 && view.lexical > 0 && view.evidence >= 0); })])));
  table('evidence-against: the same, where the evidence terms favour the runner-up', Object.fromEntries(margins.map((threshold) => [`against ${threshold.toFixed(2)}`, (result: CaseResult) => leadsOf(result).some((lead) => (views(lead)?.evidence ?? 0) < 0 && lead.margin < threshold)])));
  // The request's words (mapper/doubtful-call.ts): the chosen function explains no more of its content words than the runner-up.
  table('words-even: the same, where the chosen explains no more of the request\'s content words than the runner-up (mapper/doubtful-call.ts)', Object.fromEntries(margins.map((threshold) => [`even ${threshold.toFixed(2)}`, (result: CaseResult) => result.result.kind === 'call' && result.result.calls.length === 1 && leadsOf(result).some((lead) => lead.support !== undefined && lead.support.chosen <= lead.support.runnerUp && lead.margin < threshold)])));
  table('doubt: words-even, where the two functions\' names share no word (mapper/doubtful-call.ts, the mapper\'s doubtMargin)', Object.fromEntries(margins.map((threshold) => [`doubt ${threshold.toFixed(2)}`, (result: CaseResult) => result.result.kind === 'call' && result.result.calls.length === 1 && leadsOf(result).some((lead) => isDoubtful(lead, threshold))])));
  table('relative lead: the lead is under this share of the chosen function\'s score', Object.fromEntries([0.05, 0.1, 0.2].map((share) => [`relative ${share.toFixed(2)}`, (result: CaseResult) => leadsOf(result).some((lead) => lead.margin < share * (result.result.ranking[0]?.score ?? 0))])));
  const scopeSignals: Record<string, (result: CaseResult) => boolean> = {};
  for (const word of [0.6, 0.75, 0.85, 0.95, 1]) {
    for (const semantic of [0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 2]) {
      scopeSignals[`scope ${word.toFixed(2)}/${semantic === 2 ? 'any' : semantic.toFixed(2)}`] = (result) => {
        const scope = result.result.scope;
        return scope?.semantic !== undefined && scope.strongest < word && scope.semantic < semantic;
      };
    }
  }
  table('scope: the best content word of an order meets the document less than w and the nearest function is less similar than s', scopeSignals);
} finally {
  rmSync(cacheDir, { recursive: true, force: true });
}
