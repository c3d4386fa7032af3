import { describe, expect, it } from 'vitest';
import { baseOfThirdPerson, detectLanguage, durationMs, formatList, isFunctionWord, LANGUAGES, pastTense, singularForms } from '@meshmind/language';

describe('formatList', () => {
  it('joins English lists without the serial comma', () => {
    expect(formatList([])).toBe('');
    expect(formatList(['shelf 1'])).toBe('shelf 1');
    expect(formatList(['Robot 1', 'Robot 2'])).toBe('Robot 1 and Robot 2');
    expect(formatList(['1', '2', '3'])).toBe('1, 2 and 3');
  });

  it('says "or" for a disjunction and follows the language asked for', () => {
    expect(formatList(['red', 'green', 'blue'], { type: 'disjunction' })).toBe('red, green or blue');
    expect(formatList(['rot', 'grün', 'blau'], { language: 'de' })).toBe('rot, grün und blau');
  });
});

describe('English inflection', () => {
  it('offers singular candidates of a plural, the word itself first', () => {
    expect(singularForms('batteries')).toEqual(['batteries', 'battery', 'batteri', 'batterie']);
    expect(singularForms('lights')).toContain('light');
    expect(singularForms('boxes')).toContain('box');
    expect(singularForms('glass')).toEqual(['glass']);
  });

  it('puts a verb of a description into the past', () => {
    expect(pastTense(baseOfThirdPerson('skips'))).toBe('skipped');
    expect(pastTense(baseOfThirdPerson('goes'))).toBe('went');
    expect(pastTense(baseOfThirdPerson('raises'))).toBe('raised');
    expect(pastTense(baseOfThirdPerson('empties'))).toBe('emptied');
  });
});

describe('languages as data', () => {
  it('registers English, German, French and Chinese, each with its function words', () => {
    expect([...LANGUAGES.keys()]).toEqual(['en', 'de', 'fr', 'zh']);
    for (const language of LANGUAGES.values()) expect(language.functionWords.size).toBeGreaterThan(10);
    expect(isFunctionWord('zur', 'de')).toBe(true);
    expect(isFunctionWord('的', 'zh')).toBe(true);
    expect(isFunctionWord('regal', 'de')).toBe(false);
  });

  it('tells a document\'s language by its function words or its script', () => {
    expect(detectLanguage(['Bewegt den Roboter zum Regal mit der Nummer'])).toBe('de');
    expect(detectLanguage(['Déplace le robot vers une étagère'])).toBe('fr');
    expect(detectLanguage(['Moves the robot to a shelf'])).toBe('en');
    expect(detectLanguage(['检查货架上是否有空位'])).toBe('zh');
  });
});

describe('durationMs', () => {
  it('reads amounts in digits, number words and vague words against units of time', () => {
    expect(durationMs('10', 'minutes')).toBe(600_000);
    expect(durationMs('twenty', 'secs')).toBe(20_000);
    expect(durationMs('a', 'hour')).toBe(3_600_000);
    expect(durationMs('couple', 'days')).toBe(2 * 86_400_000);
    expect(durationMs('half', 'hour')).toBe(1_800_000);
    expect(durationMs('2', 'parsecs')).toBeUndefined();
  });
});
