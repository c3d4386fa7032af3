import { describe, expect, it } from 'vitest';
import { enPlanning, fillTemplate } from '@meshmind/language';

/** Every string of a group of templates, however deep it sits, with its path. */
function templates(data: unknown, path: string[] = []): Array<{ path: string; text: string }> {
  if (typeof data === 'string') return [{ path: path.join('.'), text: data }];
  if (Array.isArray(data)) return [];
  if (data !== null && typeof data === 'object') return Object.entries(data).flatMap(([key, value]) => templates(value, [...path, key]));
  return [];
}

describe("the coordinator's answer templates (libs/language/src/languages/en-planning.ts)", () => {
  const { question, clarify, late, corrections, allocation } = enPlanning.answers;

  it('names only slots the coordinator fills', () => {
    // The slots answer.ts, allocation.ts, clarification.ts, late-reports.ts and corrections.ts give.
    const given = new Set(['verdict', 'message', 'messages', 'devices', 'expected', 'copula', 'count', 'word', 'clauses', 'clause', 'noun', 'area', 'floor', 'label', 'others', 'last', 'seconds', 'note', 'phrase', 'device', 'holder', 'code', 'reason', 'before', 'candidates', 'settings', 'why', 'thing', 'id', 'kind', 'majority', 'answered', 'total', 'things', 'predicate', 'ids', 'verb', 'reasons']);
    for (const { path, text } of templates({ question, clarify, late, corrections, allocation })) {
      for (const [, name] of text.matchAll(/\{(\w+)\}/g)) expect(given.has(name!), `${path}: {${name}}`).toBe(true);
    }
  });

  it('says the sentences the coordinator said before they were data', () => {
    expect(fillTemplate(question.notAll, { devices: 'Lamp and Fan', copula: question.copulas.many, expected: 'on' })).toBe('No: Lamp and Fan are not on.');
    expect(fillTemplate(question.unresolved, { clauses: fillTemplate(question.quotedClause, { clause: 'the thing' }) })).toBe('I could not tell which device you meant by "the thing".');
    expect(fillTemplate(clarify.whichOne, { noun: 'lamp', devices: fillTemplate(clarify.alternatives, { others: 'Lamp in the Kitchen', last: 'Lamp in the Bedroom' }) })).toBe(
      'Which lamp do you mean: Lamp in the Kitchen or Lamp in the Bedroom?',
    );
    expect(`Set volume to 30%.${fillTemplate(late.note, { note: fillTemplate(late.done, { seconds: 3 }) })}`).toBe('Set volume to 30%. (done, 3 s late)');
    expect(fillTemplate(allocation.otherKind, { device: 'Shelf B', thing: 'shelf', id: 4, kind: allocation.kindWords.names, majority: allocation.kindWords.amount })).toBe(
      'Shelf B answered shelf 4 with a list of names where the others gave numbers, so it read the request as something else.',
    );
    expect(fillTemplate(corrections.fromNowOn, { phrase: fillTemplate(corrections.quoted, { phrase: 'the lamp' }), device: 'Floor lamp' })).toBe(' From now on "the lamp" means Floor lamp.');
  });
});
