import { describe, expect, it } from 'vitest';
import { createRequestReader, en, moodOf, readRequest, splitItems, tokenize, withoutCourtesy, type RequestLanguageData } from '@meshmind/language';

describe('readRequest: one reading of a request for every later stage', () => {
  it('keeps each token with where it stands in the text', () => {
    const reading = readRequest('Set the Kitchen light to 21.5°, please');
    expect(reading.tokens).toEqual(['set', 'the', 'kitchen', 'light', 'to', '21.5°', 'please']);
    const kitchen = reading.spans[2]!;
    expect(reading.text.slice(kitchen.start, kitchen.end)).toBe('Kitchen');
  });

  it('reads numbers in digits and words, with fractions as percentages in the order said', () => {
    const reading = readRequest('open blind two to three quarters');
    expect(reading.fractions.map((fraction) => fraction.percent)).toEqual([75]);
    expect(reading.numbers.map((mention) => [mention.value, mention.following])).toEqual([
      [2, 'to'],
      [75, '%'],
    ]);
    expect(reading.givesPercentage).toBe(true);
    expect(readRequest('water the lawn for half an hour').givesPercentage).toBe(false);
  });

  it('tells a question from a command, and a polite command from a question', () => {
    expect(readRequest('is the garage door open?').mood).toBe('question');
    expect(readRequest('Could you please turn on the fan?').mood).toBe('command');
    expect(readRequest('kitchen lights off').mood).toBe('command');
    expect(readRequest('the weather').mood).toBe('neutral');
    // "since when": a preposition and a question word open a question for a time, said without its question mark.
    expect(readRequest('since when has the cellar been this damp').mood).toBe('question');
    expect(readRequest('since the cellar got damp').mood).toBe('neutral');
  });

  it('says what a question asks for by its opening, and nothing for a command', () => {
    expect(readRequest('how many slots are free on shelf 3?').answerKind).toBe('amount');
    expect(readRequest("what's on shelf 3?").answerKind).toBe('names');
    expect(readRequest("what's stored in bin 2?").answerKind).toBe('names');
    expect(readRequest('what is lying on the bench?').answerKind).toBe('names');
    expect(readRequest('what is the temperature in the attic?').answerKind).toBeUndefined();
    expect(readRequest('turn on shelf light 3').answerKind).toBeUndefined();
  });

  it('says what a request asks for through a question as its object', () => {
    expect(readRequest('Could you check what products are sitting on bin 3?').answerKind).toBe('names');
    expect(readRequest("have a look at what's in the crate").answerKind).toBe('names');
    expect(readRequest('tell me how many seats are free in row 2').answerKind).toBe('amount');
    expect(readRequest('drive to bay 4 and report which items are on it').answerKind).toBe('names');
    expect(readRequest('drive to bay 4 and take a photo').answerKind).toBeUndefined();
  });

  it('keeps the retrieval words apart from the reference tokens', () => {
    expect(readRequest("the robot's battery at 50%").words).toEqual(['the', 'robot', 'battery', 'at', '50']);
    expect(tokenize("the robot's battery at 50%")).toEqual(['the', "robot's", 'battery', 'at', '50%']);
  });
});

describe('createRequestReader: a text met again is not read again', () => {
  it('gives the same reading for the same text, and forgets the oldest beyond what it keeps', () => {
    const read = createRequestReader({ kept: 2 });
    const first = read('turn on the fan');
    expect(read('turn on the fan')).toBe(first);
    read('is the door open?');
    read('lights off');
    expect(read('turn on the fan')).not.toBe(first);
    expect(read('turn on the fan').tokens).toEqual(first.tokens);
  });
});

describe('request words are language data', () => {
  it('reads a mood by the command openers its language lists', () => {
    const withExtraVerb: RequestLanguageData = { ...en, mood: { ...en.mood, commandOpeners: [...en.mood.commandOpeners, 'dock'] } };
    expect(moodOf('dock at the station')).toBe('neutral');
    expect(moodOf('dock at the station', withExtraVerb)).toBe('command');
    expect(readRequest('dock at the station', withExtraVerb).mood).toBe('command');
  });

  it('reads a statement followed by a polite request by the request', () => {
    expect(moodOf("It's far too gloomy in the study, could you turn the desk lamp up?")).toBe('command');
    expect(moodOf("We're off to bed, would you switch the porch light off?")).toBe('command');
    expect(moodOf('make the landing lamp brighter, can you give it a go?')).toBe('command');
    // The request said politely decides, a question included; a question that opens the text stays one.
    expect(moodOf('The hob is on, can you tell me how hot it is?')).toBe('question');
    expect(moodOf('Is the kettle on, can you check?')).toBe('question');
    expect(moodOf('The lantern by the door?')).toBe('question');
  });

  it('splits item lists by the conjunctions of the language', () => {
    expect(splitItems('tea, honey and some milk')).toEqual(['tea', 'honey', 'milk']);
    const withPlus: RequestLanguageData = { ...en, itemLists: { ...en.itemLists, conjunctions: [...en.itemLists.conjunctions, 'plus'] } };
    expect(splitItems('tea plus honey', withPlus)).toEqual(['tea', 'honey']);
  });

  it('takes the courtesy a goal opens with away', () => {
    expect(withoutCourtesy('Please, turn on the fan')).toBe('turn on the fan');
    expect(withoutCourtesy('could you close the blinds')).toBe('close the blinds');
    expect(withoutCourtesy('okay lights off')).toBe('lights off');
  });
});
