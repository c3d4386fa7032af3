import { describe, expect, it } from 'vitest';
import type { LlmindApiEntry } from '@meshmind/protocol';
import { FREEDICT_PACKAGES, missingFreeDictPackages } from '@meshmind/language';
import { normaliseApiDocument, openLexicon } from '@meshmind/rag';
import { requireSystemPackages } from '../../../test/support/system-packages';
import { functionViews } from '../src/mapper/function-views';
import { functionSupport, type CommandWord } from '../src/mapper/unsupported-command';

// Documents written for this test: a floor-marking robot that draws the hall's layout and drives to a
// bay, in English, German and Chinese notes (LLMind-style rows).
const entry = (name: string, input: string[], notes: string): LlmindApiEntry => ({ name, input_argument: input, input_type: input.map(() => 'int'), output: 'bool', notes, programming_language: 'Python' });
const documents = {
  en: [entry('draw_layout', [], 'Draws the layout of the hall on the floor.'), entry('drive_to_bay', ['bay'], 'Drives to the given bay.')],
  de: [entry('grundriss_zeichnen', [], 'Zeichnet den Grundriss der Halle auf den Boden.'), entry('zur_bucht_fahren', ['bucht'], 'Fährt zur angegebenen Bucht.')],
  zh: [entry('draw_layout', [], '在地面上绘制车间的平面图。'), entry('drive_to_bay', ['bay'], '行驶到指定的泊位。')],
} as const;
const lexicon = openLexicon();
const hasFreeDict = requireSystemPackages('the German floor robot of the synonym-support tests (FreeDict)', Object.values(FREEDICT_PACKAGES).flat(), missingFreeDictPackages().length === 0);

function supportOf(language: keyof typeof documents) {
  const document = normaliseApiDocument(documents[language]);
  return functionSupport(document, functionViews(document, lexicon), lexicon.wordNet);
}
/** A command read as mapper/scope.ts reads it: the opening verb, then nouns after a determiner. */
const command = (verb: string, ...nouns: string[]): CommandWord[] => [{ word: verb, part: 'verb' }, ...nouns.map((word) => ({ word, part: 'noun' as const }))];

describe('a low call is explained by its opening verb only through a synonym', () => {
  for (const language of ['en', 'zh', 'de'] as const) {
    const drawing = language === 'de' ? 'grundriss_zeichnen' : 'draw_layout';
    it.skipIf(language === 'de' && !hasFreeDict)(`${language}: "print the shipping label" and "print an invoice" explain no drawing`, () => {
      const support = supportOf(language);
      expect(support.unsupported(command('print', 'shipping', 'label'))).toContain(drawing);
      expect(support.unsupported(command('print', 'invoice'))).toContain(drawing);
    });

    it.skipIf(language === 'de' && !hasFreeDict)(`${language}: "draw the layout" and "sketch on the floor" still do`, () => {
      const support = supportOf(language);
      expect(support.unsupported(command('draw', 'layout'))).not.toContain(drawing);
      expect(support.unsupported(command('sketch', 'floor'))).not.toContain(drawing);
    });
  }

  it('counts a loose verb relation still as support for telling two near calls apart (mapper/doubtful-call.ts)', () => {
    expect(supportOf('en').support(command('print', 'shipping', 'label')).get('draw_layout')).toBe(1);
  });
});
