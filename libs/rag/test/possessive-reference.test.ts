import { describe, expect, it } from 'vitest';
import { withoutSelfReferences } from '@meshmind/rag';

// A radio in a shared flat, named for this test: its kind nouns are read out where a possessive
// stands before them, as they are after a determiner.
const references = { names: ['Attic Radio'], words: ['radio', 'wireless', 'attic', 'the attic'], kinds: ['radio', 'wireless', 'speaker'] };

describe('a possessive before the device kind noun', () => {
  it.each([
    ["pause the tenant's radio", 'pause'],
    ["unmute my brother's radio", 'unmute'],
    ["turn the twins' radio down", 'turn down'],
    ["skip the song on grandad's wireless", 'skip the song'],
  ])('reads "%s" as "%s"', (text, expected) => {
    expect(withoutSelfReferences(text, references)).toBe(expected);
  });

  it('leaves a contraction before the determiner of the device', () => {
    expect(withoutSelfReferences("what's the attic radio doing?", references)).toBe("what's doing?");
    expect(withoutSelfReferences("how's the radio", references)).toBe("how's");
    // A place phrase that opens with a determiner is no possessive's noun: the device's whole name is read out.
    expect(withoutSelfReferences("what's the attic radio playing?", references)).toBe("what's playing?");
  });

  it('leaves a possessive that owns something other than the device', () => {
    expect(withoutSelfReferences("play my brother's playlist", references)).toBe("play my brother's playlist");
  });
});
