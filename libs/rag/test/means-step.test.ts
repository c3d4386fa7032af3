import { describe, expect, it } from 'vitest';
import type { HybridHit } from '../src/search/hybrid-index';
import { isCoveredMeansOf, isExplainedMeansOf, isMeansOf } from '../src/mapper/means-step';

// Rankings of two steps as the mapper holds them (the scores are made up for a lawn robot of our own).
const hit = (id: string, score: number): HybridHit => ({ id, score, semantic: score, lexical: score, confidence: 0 });
const MARGIN = 0.08;

describe('a first step that says how the second is done (mapper/means-step.ts)', () => {
  it('is the means where the second step\'s function reads nearly as well for the first', () => {
    // "walk the boundary and record the lawn's outline": walking the edge is how the outline is recorded.
    const walk = [hit('drive_to', 0.41), hit('record_outline', 0.36), hit('battery', 0.12)];
    const record = [hit('record_outline', 0.52), hit('drive_to', 0.2)];
    expect(isMeansOf('and', walk, record, MARGIN)).toBe(true);
  });

  it('is a call of its own where the second step\'s function reads far below the first\'s', () => {
    // "go to zone 3 and cut it": the drive is a step of its own.
    const go = [hit('drive_to', 0.61), hit('mow_zone', 0.4)];
    const cut = [hit('mow_zone', 0.58), hit('drive_to', 0.3)];
    expect(isMeansOf('and', go, cut, MARGIN)).toBe(false);
  });

  it('is a call of its own in a sequence ("and then"), or where both steps read the same function', () => {
    const walk = [hit('drive_to', 0.41), hit('record_outline', 0.36)];
    const record = [hit('record_outline', 0.52)];
    expect(isMeansOf('sequence', walk, record, MARGIN)).toBe(false);
    expect(isMeansOf(undefined, walk, record, MARGIN)).toBe(false);
    expect(isMeansOf('and', record, record, MARGIN)).toBe(false);
  });

  it('is a call of its own where the first step never reads the second\'s function', () => {
    expect(isMeansOf('and', [hit('drive_to', 0.41)], [hit('record_outline', 0.52)], MARGIN)).toBe(false);
    expect(isMeansOf('and', [], [hit('record_outline', 0.52)], MARGIN)).toBe(false);
  });
});

describe('a first step whose best reading explains none of its words (mapper/means-step.ts)', () => {
  // "do a sonar pass and chart the pool" to a pool robot of our own: "sonar" is in the chart's notes,
  // no word of the first step is in the battery's, which the embedding ranked first.
  const pass = [hit('battery_level', 0.31), hit('go_to_wall', 0.29), hit('chart_pool', 0.22)];
  const chart = [hit('chart_pool', 0.63), hit('vacuum_floor', 0.3)];

  it('says how the next step is done where the next step\'s function explains one of its words', () => {
    expect(isExplainedMeansOf('and', new Map([['battery_level', 0], ['go_to_wall', 0], ['chart_pool', 1]]), pass, chart)).toBe(true);
  });

  it('is a call of its own where its best reading explains a word of it', () => {
    // "drive to the wall and chart the pool": the drive explains "wall".
    const drive = [hit('go_to_wall', 0.55), hit('chart_pool', 0.2)];
    expect(isExplainedMeansOf('and', new Map([['go_to_wall', 1], ['chart_pool', 1]]), drive, chart)).toBe(false);
  });

  it('is a call of its own where the next step\'s function explains none of its words either, or in a sequence', () => {
    // "have a go and chart the pool": nothing says the first step is how the chart is made.
    expect(isExplainedMeansOf('and', new Map([['battery_level', 0], ['chart_pool', 0]]), pass, chart)).toBe(false);
    expect(isExplainedMeansOf('sequence', new Map([['battery_level', 0], ['chart_pool', 1]]), pass, chart)).toBe(false);
    expect(isExplainedMeansOf('and', undefined, pass, chart)).toBe(false);
  });
});

describe('a first step whose words the next step\'s function explains as well as its own reading does (mapper/means-step.ts)', () => {
  // "sweep the pond and chart the bottom" to a pond robot of our own: the sonar chart's notes say it
  // sweeps, as do the filter's; neither explains "pond". Positions are the first step's content words.
  const sweep = [hit('clean_filter', 0.4), hit('chart_bottom', 0.3)];
  const chart = [hit('chart_bottom', 0.6), hit('clean_filter', 0.2)];
  const positions = (entries: Array<[string, number[]]>) => new Map(entries.map(([name, list]) => [name, new Set(list)]));
  // "chart the bottom": the chart explains "chart" and "bottom".
  const reads = positions([['chart_bottom', [0, 1]]]);

  it('says how the next step is done where the next function explains its verb and all its reading explains', () => {
    expect(isCoveredMeansOf('and', positions([['clean_filter', [0]], ['chart_bottom', [0]]]), 2, sweep, chart, reads)).toBe(true);
    // "paddle around and chart the bottom": nothing explains the first step but the chart's "around".
    expect(isCoveredMeansOf('and', positions([['clean_filter', []], ['chart_bottom', [0, 1]]]), 2, sweep, chart, reads)).toBe(true);
  });

  it('is a call of its own where its reading explains a word the next function does not', () => {
    // "drive to the jetty and chart the bottom": the drive explains "drive".
    expect(isCoveredMeansOf('and', positions([['clean_filter', [0, 1]], ['chart_bottom', [1]]]), 2, sweep, chart)).toBe(false);
  });

  it('is a call of its own where the next function does not do its verb ("go to the jetty and chart it")', () => {
    expect(isCoveredMeansOf('and', positions([['clean_filter', [1]], ['chart_bottom', [1]]]), 2, sweep, chart)).toBe(false);
  });

  it('is a call of its own where its reading explains every word of it ("clean the filter and chart the bottom")', () => {
    expect(isCoveredMeansOf('and', positions([['clean_filter', [0, 1]], ['chart_bottom', [0, 1]]]), 2, sweep, chart)).toBe(false);
  });

  it('is a call of its own where the next step reads as its function by its verb alone ("paddle to the shore and fetch me a towel")', () => {
    expect(isCoveredMeansOf('and', positions([['clean_filter', [0]], ['chart_bottom', [0]]]), 2, sweep, chart, positions([['chart_bottom', [0]]]))).toBe(false);
    expect(isCoveredMeansOf('and', positions([['clean_filter', [0]], ['chart_bottom', [0]]]), 2, sweep, chart)).toBe(false);
  });

  it('is a call of its own in a sequence, without a reading, or where both steps read the same function', () => {
    const both = positions([['clean_filter', [0]], ['chart_bottom', [0]]]);
    expect(isCoveredMeansOf('sequence', both, 2, sweep, chart)).toBe(false);
    expect(isCoveredMeansOf('and', undefined, 2, sweep, chart)).toBe(false);
    expect(isCoveredMeansOf('and', both, 2, chart, chart)).toBe(false);
  });
});
