import { describe, expect, it } from 'vitest';
import { openLexicon } from '@meshmind/rag';
import { withoutStatedContext } from '../src/mapper/stated-context';

const wordNet = openLexicon().wordNet;

describe('a statement beside a command is its context, not what to do', () => {
  it.each([
    ["it's almost empty, head over to the refill point", 'head over to the refill point'],
    ["you're blocking the doorway, back up a little", 'back up a little'],
    ['there is a spill in bay 3, steer around bay 3', 'steer around bay 3'],
    ["hmm halt, there's a pallet in the way", 'hmm halt'],
    ["lift the gate, we're expecting a delivery", 'lift the gate'],
    ['I can barely hear anything; raise the volume to 30', 'raise the volume to 30'],
    ["Park by the wall. It's going to rain.", 'Park by the wall.'],
  ])('"%s" -> "%s"', (text, meant) => expect(withoutStatedContext(text, wordNet)).toBe(meant));

  it.each([
    // Every clause states: the statement is the request (a stated excess, read elsewhere).
    "it's freezing in here, I'm shivering",
    // The command refers back into the statement: without it the pronoun stands for nothing.
    'I finished the eggs, strike them off',
    'we have no floor plan yet, draw one',
    // No command beside it: a question, a polite ask, a bare opinion.
    "it's late, is the gate shut?",
    "it's dark, could you light the porch",
    'never mind the mop, we have one',
    // One clause only.
    'you are nearly out of water',
    'refill the tank',
  ])('"%s" is left as said', (text) => expect(withoutStatedContext(text, wordNet)).toBe(text));

  it('leaves the text alone without WordNet', () => expect(withoutStatedContext("you're stuck, reverse", undefined)).toBe("you're stuck, reverse"));
});
