import { describe, expect, it } from 'vitest';
import { topicMatchesFilter } from '../src/access';
import { TopicFilterSet } from '../src/topic-filter-set';

// Topics and filters of a greenhouse's vents and a cellar's pump, with and without wildcards.
const FILTERS = [
  'farm/v2/devices/vent_3/state',
  'farm/v2/devices/+/reports',
  'farm/v2/devices/pump.cellar/+',
  'farm/#',
  'farm/v2/devices/+',
  '+/v2/+/+/progress',
  'greenhouse',
  'greenhouse/#',
  'a+b/vent',
];
const TOPICS = [
  'farm/v2/devices/vent_3/state',
  'farm/v2/devices/vent_3/reports',
  'farm/v2/devices/vent_3/reports/extra',
  'farm/v2/devices/pump.cellar/subtasks',
  'farm/v2/devices/pump.cellar',
  'farm/v2/devices',
  'farm',
  'barn/v2/devices/vent_3/progress',
  'barn/v2/devices/vent_3/progress/',
  'greenhouse',
  'greenhouse/roof',
  'a+b/vent',
  'a/vent',
  '',
  '/',
];

describe('TopicFilterSet', () => {
  it('answers as topicMatchesFilter tried on each filter in turn, for every subset of filters it is given', () => {
    for (let mask = 0; mask < 1 << FILTERS.length; mask += 37) {
      const filters = FILTERS.filter((_, index) => mask & (1 << index));
      const set = new TopicFilterSet(filters);
      for (const topic of TOPICS) expect(set.matches(topic), `${topic} under ${filters.join(', ')}`).toBe(filters.some((filter) => topicMatchesFilter(topic, filter)));
    }
  });

  it('matches a filter without wildcards by equality, and one with + level by level', () => {
    const set = new TopicFilterSet(['farm/v2/devices/vent_3/state', 'farm/v2/devices/+/reports']);
    expect(set.matches('farm/v2/devices/vent_3/state')).toBe(true);
    expect(set.matches('farm/v2/devices/vent_3/state/')).toBe(false);
    expect(set.matches('farm/v2/devices/pump.cellar/reports')).toBe(true);
    expect(set.matches('farm/v2/devices/pump.cellar/progress')).toBe(false);
    expect(new TopicFilterSet([]).matches('farm')).toBe(false);
  });
});
