import { describe, expect, it } from 'vitest';
import { openLexicon } from '@meshmind/rag';
import { normaliseApiDocument } from '../src/api-document';
import { functionViews } from '../src/mapper/function-views';
import { UnexplainedFit, type FitHit } from '../src/mapper/unexplained-fit';

// A document written for this test: a sample freezer whose functions share their object, a numbered
// drawer, and differ in what they do with it; and one function of another object.
const freezer = normaliseApiDocument([
  { name: 'go_to_drawer', input_argument: ['drawer_id'], input_type: ['int'], output: 'bool', notes: 'Brings the gripper to the given drawer.', programming_language: 'Python' },
  { name: 'list_samples', input_argument: ['drawer_id'], input_type: ['int'], output: 'list[str]', notes: 'Lists the samples kept in the given drawer by their barcodes.', programming_language: 'Python' },
  { name: 'count_empty_racks', input_argument: ['drawer_id'], input_type: ['int'], output: 'int', notes: 'Counts the empty racks of the given drawer.', programming_language: 'Python' },
  { name: 'set_temperature', input_argument: ['celsius'], input_type: ['int'], output: 'bool', notes: 'Sets the freezer temperature.', programming_language: 'Python' },
]);
const lexicon = openLexicon();
const fit = new UnexplainedFit(freezer.functions, functionViews(freezer, lexicon).documents, lexicon, 0.08);

/** Hits in a near tie, as retrieval might give them; the penalty is what moves them. */
function tie(...ids: string[]): FitHit[] {
  return ids.map((id, position) => ({ id, score: 0.5 - position * 0.01 }));
}

function lowered(hits: FitHit[]): string[] {
  return hits.filter((hit, position) => hit.score < 0.5 - position * 0.01 - 1e-9).map((hit) => hit.id).sort();
}

describe('an argument fit alone explains nothing', () => {
  it.each(['what samples are in drawer 3?', 'tell me the samples kept in drawer 7', 'which samples sit in the fourth drawer'])('"%s": the functions that say nothing of the samples lose', (request) => {
    const hits = tie('go_to_drawer', 'count_empty_racks', 'list_samples');
    fit.adjust(hits, request, true);
    expect(lowered(hits)).toEqual(['count_empty_racks', 'go_to_drawer']);
  });

  it.each(['are there empty racks in drawer 5?', 'how many racks of drawer 2 are empty'])('"%s": the functions that say nothing of empty racks lose', (request) => {
    const hits = tie('go_to_drawer', 'list_samples', 'count_empty_racks');
    fit.adjust(hits, request, true);
    expect(lowered(hits)).toEqual(['go_to_drawer', 'list_samples']);
  });

  it.each(['go to drawer 4', 'drive over to drawer number 2', 'make your way to drawer 6', 'head for the sample drawer 1'])(
    '"%s": only the object and the verb are said, so no function loses',
    (request) => {
      const hits = tie('go_to_drawer', 'list_samples', 'count_empty_racks');
      fit.adjust(hits, request, true);
      expect(lowered(hits)).toEqual([]);
    },
  );

  it('weighs nothing when the request gives no number to fill the parameter', () => {
    const hits = tie('go_to_drawer', 'count_empty_racks', 'list_samples');
    fit.adjust(hits, 'what samples are there?', false);
    expect(lowered(hits)).toEqual([]);
  });

  it('leaves functions of another object and far candidates alone', () => {
    const hits: FitHit[] = [
      { id: 'set_temperature', score: 0.6 },
      { id: 'go_to_drawer', score: 0.55 },
      { id: 'list_samples', score: 0.3 },
    ];
    fit.adjust(hits, 'what samples are in drawer 3?', true);
    expect(hits.map((hit) => hit.score)).toEqual([0.6, 0.55, 0.3]);
  });
});
