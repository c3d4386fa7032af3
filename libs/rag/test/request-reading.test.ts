import { beforeAll, describe, expect, it } from 'vitest';
import { ROBOT_DIALECTS, robotDescription } from '@meshmind/devices';
import { editDistance, englishCognates, FREEDICT_PACKAGES, missingFreeDictPackages, readRequest, stem } from '@meshmind/language';
import type { Embedder } from '@meshmind/protocol';
import { createApiMapper, createEmbedderPool, normaliseApiDocument, openLexicon } from '@meshmind/rag';
import { withoutValues } from '../src/arguments/string-values';
import { AbbreviationMatcher, adjectivesInPlace, LexicalScorer, openingVerb } from '../src/search/lexical-scorer';
import { functionProfile, requestEvidence, requestWords } from '../src/mapper/evidence';
import { retrievalText, withoutAsking, withoutNumbers, withoutPurpose } from '../src/mapper/retrieval-text';
import { objectOf, readSteps, withAntecedent } from '../src/mapper/split-steps';
import { addressedAs } from '../src/mapper/self-references';
import { functionViews, senseInContext, withoutStatusCodes } from '../src/mapper/function-views';
import { requireSystemPackages } from '../../../test/support/system-packages';

const lexicon = openLexicon();
const hasFreeDict = requireSystemPackages('rag French notes tests', Object.values(FREEDICT_PACKAGES).flat(), missingFreeDictPackages().length === 0);

describe('what retrieval reads of a request', () => {
  it('leaves out the values a request passes and the words that introduce them', () => {
    expect(withoutValues('Turn on access point mode with SSID Robot-AP and password letmein123.')).toBe('Turn on access point mode.');
    expect(withoutValues('Become a hotspot called Bot7 with password open-sesame')).toBe('Become a hotspot');
    expect(withoutValues("Log on to network 'Office' using password 'hunter2'.")).toBe('Log on to network.');
    // Nothing to leave out: the text comes back as it was.
    expect(withoutValues('Go to shelf 5.')).toBe('Go to shelf 5.');
  });

  it('leaves out a clause that says why, not what', () => {
    expect(withoutPurpose('Create a hotspot so the tablets can connect, SSID FieldKit')).toBe('Create a hotspot, SSID FieldKit');
    expect(withoutPurpose('open the blinds in order to let light in')).toBe('open the blinds');
    // "so" that does not open a purpose clause stays.
    expect(withoutPurpose('so, turn the lights on')).toBe('so, turn the lights on');
  });

  it('reads a request in the document person: "you" is the device', () => {
    expect(addressedAs('Where are you right now?', 'robot')).toBe('Where is the robot right now?');
    expect(addressedAs("you're low on battery", 'robot')).toBe('the robot is low on battery');
    expect(addressedAs('Localize yourself.', 'robot')).toBe('Localize the robot.');
    // "your camera" is the camera; "could you" only addresses the device.
    expect(addressedAs('Could you point your camera down?', 'robot')).toBe('Could you point the camera down?');
    expect(addressedAs('Where are you?', undefined)).toBe('Where are you?');
  });

  it('leaves out words that only ask to be told', () => {
    expect(withoutAsking('Report your location.')).toBe('your location.');
    expect(withoutAsking('please tell me the battery level')).toBe('the battery level');
    expect(withoutAsking('Report.')).toBe('Report.');
  });

  it('embeds a request without its numbers, so that every shelf number ranks alike', () => {
    expect(withoutNumbers('Check if there are vacant positions on shelf 21.')).toBe('Check if there are vacant positions on shelf.');
    expect(withoutNumbers('Go to x=2.5, y=-3')).toBe('Go to x=, y=');
    // Names with digits stay whole; a request of numbers only stays as said.
    expect(withoutNumbers('join Bot7')).toBe('join Bot7');
    expect(withoutNumbers('21')).toBe('21');
  });

  it('embeds a number said in words as it embeds digits: the coordinates, the shelf, the degrees drop out alike', () => {
    expect(withoutNumbers('navigate to position eight, nine')).toBe(withoutNumbers('navigate to position 8, 9'));
    expect(withoutNumbers('drive over to spot four by twelve')).toBe('drive over to spot by');
    expect(withoutNumbers('tilt the camera up twenty five degrees')).toBe('tilt the camera up degrees');
  });

  it('keeps a fraction whole: its numerator says how far, as "halfway" does', () => {
    expect(withoutNumbers('Move the blind to three quarters.')).toBe('Move the blind to three quarters.');
    expect(withoutNumbers('lower the awning two thirds of the way')).toBe('lower the awning two thirds of the way');
    expect(withoutNumbers('three quarters of the way to bay four')).toBe('three quarters of the way to bay');
  });

  it('keeps an ordinal and a lone "one" in what is embedded: a place and a pronoun, not values', () => {
    expect(withoutNumbers('go to the third shelf')).toBe('go to the third shelf');
    expect(withoutNumbers('turn on the blue one')).toBe('turn on the blue one');
  });

  it('never reads a request down to nothing', () => {
    expect(retrievalText('password hunter2', 'robot')).toBe('password hunter2');
  });
});

describe('steps', () => {
  it('says how each step joins the one before: a plain "and", or a word of sequence', () => {
    expect(readSteps('Return to the docking station and charge up.', lexicon)).toEqual([{ text: 'Return to the docking station' }, { text: 'charge up.', joined: 'and' }]);
    expect(readSteps('Tilt the camera to 20 degrees and then take a picture.', lexicon).map((step) => step.joined)).toEqual([undefined, 'sequence']);
  });

  it('reads a noun after "and" as the object it is, not a new command ("eggs, butter and milk")', () => {
    expect(readSteps('Add eggs, butter and milk.', lexicon)).toHaveLength(1);
    expect(readSteps('Add butter and milk to the list.', lexicon)).toHaveLength(1);
    // A verb that ends the request is still a step of its own.
    expect(readSteps('Go to shelf 3 and stop', lexicon)).toHaveLength(2);
    expect(lexicon.wordNet!.mostlyVerb('stop')).toBe(true);
    expect(lexicon.wordNet!.mostlyVerb('milk')).toBe(false);
  });
});

describe('arguments and their evidence', () => {
  it('reads "down" as a negative tilt when the document gives no range', async () => {
    const embedder = await createEmbedderPool().get({ kind: 'use-lite' });
    const document = ROBOT_DIALECTS.find((dialect) => dialect.id === 'go-en')!.document;
    const mapper = await createApiMapper({ embedder, lexicon, document, selfNoun: 'robot' });
    const result = await mapper.map('Point your camera down 45 degrees.');
    expect(result.kind === 'call' ? result.calls.map((call) => [call.function, call.arguments]) : result).toEqual([['SetCameraTilt', { deg: -45 }]]);
  });

  it('counts bare numbers a function cannot take against it ("coordinates 12, 7" is not one shelf number)', () => {
    const [shelf, point] = normaliseApiDocument([
      { name: 'moveToShelf', input_argument: ['num'], input_type: ['int'], output: 'int', notes: 'Move to the shelf.', programming_language: 'C++' },
      { name: 'driveTo', input_argument: ['x', 'y'], input_type: ['double', 'double'], output: 'int', notes: 'Drives to the map position (x, y).', programming_language: 'C++' },
    ]).functions;
    const request = requestWords(readRequest('Go to coordinates 12, 7.'), lexicon);
    const evidence = (fn: typeof shelf) => requestEvidence(request, functionProfile(fn!, fn!.name.split(/(?=[A-Z])/), 'en'), lexicon, () => false);
    expect(evidence(shelf).unused).toBeGreaterThan(0);
    expect(evidence(point).unused).toBe(0);
  });

  it('takes a number said right after a parameter name ("x 3, y 4") as a sure fit for that parameter', () => {
    const [shelf, point] = normaliseApiDocument([
      { name: 'move_to_shelf', input_argument: ['num'], input_type: ['int'], output: 'int', notes: 'Move to the shelf.', programming_language: 'C' },
      { name: 'goto_xy', input_argument: ['x', 'y'], input_type: ['float', 'float'], output: 'int', notes: 'Go to the point.', programming_language: 'C' },
    ]).functions;
    const request = requestWords(readRequest('Go to x 3, y 4.'), lexicon);
    const fit = (fn: typeof shelf) => requestEvidence(request, functionProfile(fn!, fn!.name.split('_'), 'en'), lexicon, () => false).argumentFit;
    expect(fit(point)).toBe(1);
    expect(fit(shelf)).toBe(0.5);
    // A camelCase parameter name is read by its words: "speed 0.8" names speedMps.
    const [speed] = normaliseApiDocument([
      { name: 'setSpeed', input_argument: ['speedMps'], input_type: ['float'], output: 'int', notes: 'Sets the speed.', programming_language: 'Go' },
    ]).functions;
    expect(requestEvidence(requestWords(readRequest('Drive at speed 0.8.'), lexicon), functionProfile(speed!, ['set', 'speed'], 'en'), lexicon, () => false).argumentFit).toBe(1);
  });
});

describe('status codes', () => {
  it('leave how a call reports success out of what a function does', () => {
    expect(withoutStatusCodes('Move to the shelf with the given number. Returns 1 on success, 0 on failure.')).toBe('Move to the shelf with the given number.');
    expect(withoutStatusCodes('移动到编号为num的货架，编号从1到N。成功返回1，失败返回0。')).toBe('移动到编号为num的货架， 编号从1到N。');
    expect(withoutStatusCodes('Returns 1 on success.')).toBe('Returns 1 on success.');
  });
});

describe('stems', () => {
  it('keeps the v of "moves" and "drives", and reads "shelves" as "shelf"', () => {
    expect(stem('moves')).toBe(stem('move'));
    expect(stem('drives')).toBe(stem('drive'));
    expect(stem('shelves')).toBe(stem('shelf'));
    expect(stem('localises')).toBe(stem('localize'));
  });
});

describe('function profiles', () => {
  it('take the description opening verb (and one joined by "or"), never a later word', () => {
    const [finds, mutes] = normaliseApiDocument([
      { name: 'findVacantSlots', input_argument: ['shelfNum'], input_type: ['int'], output: 'List<Integer>', notes: 'Finds vacant slots on a shelf.', programming_language: 'Java' },
      { name: 'set_mute', input_argument: ['muted'], input_type: ['bool'], output: 'bool', notes: 'Mutes or unmutes the sound.', programming_language: 'Python' },
    ]).functions;
    expect([...functionProfile(finds!, ['find', 'vacant', 'slots'], 'en').actionStems]).not.toContain('on');
    expect([...functionProfile(mutes!, ['set', 'mute'], 'en').actionStems]).toContain(stem('unmutes'));
  });

  it('read "on" inside a name as a place (scan_items_on_shelf), after a phrasal verb as the state (turn_on_light)', () => {
    const [scan, turn] = normaliseApiDocument([
      { name: 'scan_items_on_shelf', input_argument: ['shelf'], input_type: ['int'], output: 'list', notes: 'Scans the items.', programming_language: 'Python' },
      { name: 'turn_on_light', input_argument: [], input_type: [], output: 'bool', notes: 'Switches the light on.', programming_language: 'Python' },
    ]).functions;
    expect([...functionProfile(scan!, ['scan', 'items', 'on', 'shelf'], 'en').actionStems]).not.toContain('on');
    expect([...functionProfile(turn!, ['turn', 'on', 'light'], 'en').actionStems]).toContain('on');
  });
});

describe('abbreviations and definitions', () => {
  it('takes only words WordNet does not know for abbreviations, and spells them out from the request', () => {
    const matcher = new AbbreviationMatcher(lexicon);
    expect(matcher.candidate('ap')).toBe(true);
    expect(matcher.candidate('pwd')).toBe(true);
    expect(matcher.candidate('set')).toBe(false);
    expect(matcher.expansions(['access', 'point', 'mode'], 1, ['ap', 'pwd'])).toEqual(['ap']);
    expect(matcher.expansions(['password'], 0, ['ap', 'pwd'])).toEqual(['pwd']);
  });

  it('scores "access point" against start_ap, and "AP" against "access point"', () => {
    const scorer = new LexicalScorer(
      [
        [{ words: ['start', 'ap'], weight: 1 }],
        [{ words: ['connect', 'wifi'], weight: 1 }],
      ],
      lexicon,
    );
    const [ap, connect] = scorer.score('turn on access point mode');
    expect(ap).toBeGreaterThan(connect!);
    const spelled = new LexicalScorer(
      [
        [{ words: ['open', 'access', 'point'], weight: 1 }],
        [{ words: ['join', 'wifi'], weight: 1 }],
      ],
      lexicon,
    );
    const [open, join] = spelled.score('enable AP mode');
    expect(open).toBeGreaterThan(join!);
  });

  it('reads a misspelt word as the document word it misses, and leaves known words alone', () => {
    expect(editDistance('batery', 'battery', 1)).toBe(1);
    expect(editDistance('percantage', 'percentage', 2)).toBe(1);
    expect(editDistance('shelve', 'battery', 1)).toBe(2);
    const scorer = new LexicalScorer(
      [
        [{ words: ['get', 'battery', 'level'], weight: 1 }],
        [{ words: ['emergency', 'halt'], weight: 1 }],
      ],
      lexicon,
    );
    const [battery, halt] = scorer.score('check the batery');
    expect(battery).toBeGreaterThan(halt!);
    expect(battery).toBeGreaterThan(0);
  });

  it('reads the verb that opens a command by its verb senses only', () => {
    expect(openingVerb('Head back to base', lexicon)).toBe('head');
    expect(openingVerb('please water the plants', lexicon)).toBe('water');
    expect(openingVerb('where are you?', lexicon)).toBeUndefined();
    // "head" the verb is not "aim" or "mind", which its noun senses bring.
    expect(lexicon.wordNet!.related('head', 'verb').has('mind')).toBe(false);
    expect(lexicon.wordNet!.related('head').has('mind')).toBe(true);
  });

  it('relates adjectives defined by the same absence ("vacant": without an occupant, "free": not occupied)', () => {
    const vacant = lexicon.wordNet!.related('vacant');
    const free = lexicon.wordNet!.related('free');
    const shared = [...vacant.keys()].filter((key) => key.startsWith('!~') && free.has(key));
    expect(shared.length).toBeGreaterThan(0);
    // "on" (in operation) has no definition by absence to share with "off" (not in operation).
    const on = lexicon.wordNet!.related('on');
    expect([...lexicon.wordNet!.related('off').keys()].filter((key) => key.includes('~') && on.has(key))).toEqual([]);
  });

  it('lets an adjective similar to one defined by absence share it a step looser ("empty" ~ "vacant" ~ "free")', () => {
    const empty = lexicon.wordNet!.related('empty');
    const free = lexicon.wordNet!.related('free', 'adj');
    const shared = [...empty].filter(([key]) => key.startsWith('!~') && free.has(key));
    expect(shared.length).toBeGreaterThan(0);
    // Looser than the adjective's own definition ("vacant" itself is "without an occupant").
    for (const [, weight] of shared) expect(weight).toBeLessThan(lexicon.wordNet!.related('vacant').get(shared[0]![0])!);
  });

  it('reads a word in an adjective\'s place by its adjective senses only', () => {
    expect([...adjectivesInPlace('Check shelf 3 for free space.', lexicon)]).toEqual(['free']);
    expect([...adjectivesInPlace('Are there any empty spots on shelf 5?', lexicon)]).toEqual(['empty']);
    expect([...adjectivesInPlace('which slots are free', lexicon)]).toEqual(['free']);
    // A verb that opens the request, or a noun after a determiner, stays what it is.
    expect(adjectivesInPlace('Open the garage door', lexicon).has('open')).toBe(false);
    expect(adjectivesInPlace('turn on the light', lexicon).size).toBe(0);
    // "to free" is to rid or release; the adjective is not.
    expect(lexicon.wordNet!.related('free').has('rid')).toBe(true);
    expect(lexicon.wordNet!.related('free', 'adj').has('rid')).toBe(false);
  });
});

describe('a robot agent asked in the second person', () => {
  let embedder: Embedder;
  beforeAll(async () => {
    embedder = await createEmbedderPool().get({ kind: 'use-lite' });
  });

  // 224 mappings: about 7 s alone, over 30 s inside a whole run at load 15, hence its own limit.
  it('picks the same function whatever shelf number the fleet goal names', { timeout: 120_000 }, async () => {
    // The documents the fleet's agents hold (robot descriptions); cpp-en and python-de had tipped
    // between their vacancy and scan functions for about one shelf number in ten up to 1,000.
    for (const id of ['cpp-en', 'python-de']) {
      const mapper = await createApiMapper({ embedder, lexicon, document: robotDescription(id, { shelves: 1000, width: 200, height: 200 }) });
      const chosen = new Set<string>();
      for (let shelf = 1; shelf <= 1000; shelf += 9) {
        const result = await mapper.map(`Check if there are vacant positions on shelf ${shelf}.`);
        chosen.add(result.kind === 'call' ? result.calls.map((call) => call.function).join('+') : 'not executable');
      }
      expect([...chosen], id).toHaveLength(1);
    }
  });

  it('finds its localisation function for "where are you" once it knows it is a robot', async () => {
    const document = ROBOT_DIALECTS.find((dialect) => dialect.id === 'java-en')!.document;
    const mapper = await createApiMapper({ embedder, lexicon, document, selfNoun: 'robot' });
    const result = await mapper.map('Where are you right now?');
    expect(result.kind === 'call' ? result.calls.map((call) => call.function) : result).toEqual(['getCurrentLocation']);
  });
});

describe('foreign vendor notes', () => {
  it('put the common English sense first when the context does not decide', () => {
    const familiarity = (word: string) => lexicon.wordNet!.familiarity(word);
    const translations = new Map([['freie', ['complimentary', 'ad lib', 'free']], ['fragt', ['public affairs', 'ask']]]);
    const ordered = senseInContext(translations, ['freie', 'fragt'], familiarity);
    expect(ordered.get('freie')![0]).toBe('free');
    expect(ordered.get('fragt')![0]).toBe('ask');
    // Without familiarity the dictionary order stands.
    expect(senseInContext(translations, ['freie'])!.get('freie')![0]).toBe('complimentary');
  });

  it('spell international words the English way when WordNet knows the result', () => {
    const known = (word: string) => lexicon.wordNet!.isKnown(word);
    expect(englishCognates('proximité', 'fr', known)).toContain('proximity');
    expect(englishCognates('urgence', 'fr', known)).toContain('urgency');
    expect(englishCognates('Kamera', 'de', known)).toContain('camera');
    expect(englishCognates('Schnittstelle', 'de', known)).toEqual([]);
    expect(englishCognates('proximité', 'en', known)).toEqual([]);
  });

  it.skipIf(!hasFreeDict)('read French notes without elisions ("d\u2019urgence" is "urgence")', () => {
    const views = functionViews(
      normaliseApiDocument([{ name: 'arret_urgence', input_argument: [], input_type: [], output: 'bool', notes: "Arrêt d'urgence : arrête immédiatement tous les moteurs.", programming_language: 'Python' }]),
      lexicon,
    );
    expect(views.documents[0]!.views[0]).toMatch(/urgen/);
    // "moteurs" is read ("engine", "motor"); "d" of the elision is not a word.
    expect(views.documents[0]!.views[0]).toMatch(/motor/);
    expect(views.documents[0]!.views[0]).not.toMatch(/\bd\b/);
  });

  it.skipIf(!hasFreeDict)('read a word the dictionary renders as itself in that sense only ("station" is not "stop")', () => {
    const views = functionViews(
      normaliseApiDocument([{ name: 'retour_station_charge', input_argument: [], input_type: [], output: 'bool', notes: 'Retourne seul à la station de charge.', programming_language: 'Python' }]),
      lexicon,
    );
    const read = views.documents[0]!.fields.flatMap((field) => field.words);
    expect(read).toContain('station');
    expect(read).not.toContain('stop');
    expect(read).not.toContain('stage');
  });
});

describe('a later step\'s "it"', () => {
  it('stands for what the step before acts on', () => {
    expect(objectOf('Move to shelf 3')).toBe('shelf 3');
    expect(objectOf('turn on the TV')).toBe('TV');
    expect(objectOf('Go to shelf 5, slowly')).toBe('shelf 5');
    expect(objectOf('stop')).toBeUndefined();
    expect(withAntecedent('check it for free space.', 'Move to shelf 3')).toBe('check the shelf 3 for free space.');
    expect(withAntecedent('scan the items on it.', 'Go to shelf 5')).toBe('scan the items on the shelf 5.');
    expect(withAntecedent('set the volume to 30', 'turn on the TV')).toBe('set the volume to 30');
    expect(withAntecedent('check it', undefined)).toBe('check it');
  });

  it('stands for a numbered thing without the purpose said after its number', () => {
    expect(objectOf('look over bay 12 for loose books')).toBe('bay 12');
    expect(objectOf('check locker 3 in the cellar')).toBe('locker 3');
    expect(withAntecedent('tell me what is in it', 'search drawer 4 for spare keys')).toBe('tell me what is in the drawer 4');
    // No number: the phrase stays whole, its place included.
    expect(objectOf('dust the books on the top shelf')).toBe('books on the top shelf');
  });
});
