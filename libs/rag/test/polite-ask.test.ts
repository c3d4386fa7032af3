import { describe, expect, it } from 'vitest';
import { createRequestReader } from '@meshmind/language';
import { withoutPoliteAsk } from '../src/mapper/polite-ask';

const reading = createRequestReader();

describe('a command asked politely is read as the command', () => {
  it('reads off "can you", "could you please" and the question mark they ask with', () => {
    expect(withoutPoliteAsk('can you switch the porch light off?', reading)).toBe('switch the porch light off');
    expect(withoutPoliteAsk('Could you please open the skylight?', reading)).toBe('open the skylight');
    expect(withoutPoliteAsk('would you turn the radio down', reading)).toBe('turn the radio down');
    expect(withoutPoliteAsk('please lock the shed', reading)).toBe('lock the shed');
  });

  it('keeps a question asked politely, and a request with no courtesy, as said', () => {
    expect(withoutPoliteAsk('can you tell me whether the shed is locked?', reading)).toBe('can you tell me whether the shed is locked?');
    expect(withoutPoliteAsk('could you check if the skylight is open?', reading)).toBe('could you check if the skylight is open?');
    expect(withoutPoliteAsk('is the skylight open?', reading)).toBe('is the skylight open?');
    expect(withoutPoliteAsk('switch the radio off', reading)).toBe('switch the radio off');
  });
});
