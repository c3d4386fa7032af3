import { describe, expect, it } from 'vitest';
import {
  allCaps,
  allLowerCase,
  capitalised,
  contractionsContracted,
  contractionsExpanded,
  leadingCouldYou,
  leadingHey,
  punctuationAdded,
  punctuationRemoved,
  randomFor,
  trailingPlease,
  typoDeletion,
  typoDoubling,
  typoSwap,
} from './eval/surface-transforms';

// The surface eval's transforms (test/eval/surface-eval.ts): each keeps the meaning, each returns
// undefined where it has nothing to change. Sentences here are our own, not the eval's.
const opensWithVerb = (text: string) => /^(switch|dim|water|lower)\b/i.test(text);
const isContentWord = (word: string) => !['with', 'from', 'that', 'this', 'there'].includes(word);

describe('surface transforms', () => {
  it('changes case three ways, and says nothing where the case is already so', () => {
    expect(capitalised('dim the hallway lamp')).toBe('Dim the hallway lamp');
    expect(capitalised('Dim the hallway lamp')).toBeUndefined();
    expect(allCaps('dim the lamp to 40%')).toBe('DIM THE LAMP TO 40%');
    expect(allLowerCase('Is the Garage door shut?')).toBe('is the garage door shut?');
    expect(allLowerCase('water the roses')).toBeUndefined();
  });

  it('adds politeness before a closing mark, and asks only a command with "could you"', () => {
    expect(trailingPlease('lower the awning')).toBe('lower the awning please');
    expect(trailingPlease('lower the awning!')).toBe('lower the awning please!');
    expect(trailingPlease('please lower the awning')).toBeUndefined();
    expect(leadingCouldYou('Switch the kettle off.', opensWithVerb)).toBe('could you switch the kettle off?');
    expect(leadingCouldYou('is the kettle off', opensWithVerb)).toBeUndefined();
    expect(leadingHey('water the roses')).toBe('hey, water the roses');
    expect(leadingHey('hello, water the roses')).toBeUndefined();
  });

  it('adds a question mark to a question and "!" or "." to anything else, and takes closing marks off', () => {
    expect(punctuationAdded('how warm is the study', randomFor('how warm is the study', 'p'))).toBe('how warm is the study?');
    expect(['dim the lamp!', 'dim the lamp.']).toContain(punctuationAdded('dim the lamp', randomFor('dim the lamp', 'p')));
    expect(punctuationAdded('dim the lamp.', randomFor('x', 'p'))).toBeUndefined();
    expect(punctuationRemoved('are the blinds down?!')).toBe('are the blinds down');
    expect(punctuationRemoved('are the blinds down')).toBeUndefined();
  });

  it('expands and contracts auxiliaries, keeping the case of the first letter', () => {
    expect(contractionsExpanded("Don't let the pond pump stop, it's hot")).toBe('Do not let the pond pump stop, it is hot');
    expect(contractionsExpanded('what’s the oven at')).toBe('what is the oven at');
    expect(contractionsExpanded('heat the oven')).toBeUndefined();
    expect(contractionsContracted('What is the oven at? I do not know')).toBe("What's the oven at? I don't know");
    expect(contractionsContracted('let us in')).toBeUndefined();
  });

  it('makes one seeded slip in one content word of four letters or more', () => {
    const text = 'switch on the porch heater';
    for (const slip of [typoDeletion, typoSwap, typoDoubling]) {
      const slipped = slip(text, randomFor(text, 'slip'), isContentWord)!;
      expect(slipped).not.toBe(text);
      expect(slip(text, randomFor(text, 'slip'), isContentWord)).toBe(slipped);
      const differing = text.split(' ').filter((word, index) => word !== slipped.split(' ')[index]);
      expect(differing).toHaveLength(1);
      expect(differing[0]!.length).toBeGreaterThanOrEqual(4);
    }
    expect(typoDeletion('put it on', randomFor('put it on', 'slip'), isContentWord)).toBeUndefined();
    // "with" and "that" are function words: only "swap" may slip, and a swap keeps its first letter.
    expect(['sawp with that', 'swpa with that']).toContain(typoSwap('swap with that', randomFor('swap with that', 'slip'), isContentWord));
    // A name, a password or an item in quotes keeps its letters: only "join" may slip here.
    const named = "join 'Garden' with Realy_2 and Sunroom";
    expect(typoDoubling(named, randomFor(named, 'slip'), isContentWord)!.endsWith(" 'Garden' with Realy_2 and Sunroom")).toBe(true);
  });
});
