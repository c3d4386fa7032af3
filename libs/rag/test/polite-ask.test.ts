import { describe, expect, it } from 'vitest';
import { createRequestReader } from '@meshmind/language';
import { withModalBeforeAddressee, withoutPoliteAsk } from '../src/mapper/polite-ask';

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

describe('the polite ask said with the addressee first is the polite ask', () => {
  it('reads "you can ...?" and "you could ..." as "can you", "could you"', () => {
    expect(withModalBeforeAddressee('you can switch the porch light off?')).toBe('can you switch the porch light off?');
    expect(withModalBeforeAddressee('please you could close the skylight')).toBe('please could you close the skylight');
    expect(withModalBeforeAddressee('u can unlock the shed?')).toBe('can u unlock the shed?');
    expect(withoutPoliteAsk(withModalBeforeAddressee('you can switch the porch light off?'), reading)).toBe('switch the porch light off');
  });

  it('leaves the negation, another subject and a modal said later as they are', () => {
    expect(withModalBeforeAddressee("you can't open the skylight")).toBe("you can't open the skylight");
    expect(withModalBeforeAddressee('you cannot open the skylight')).toBe('you cannot open the skylight');
    expect(withModalBeforeAddressee('you can not open the skylight')).toBe('you can not open the skylight');
    expect(withModalBeforeAddressee('we can open the skylight later')).toBe('we can open the skylight later');
    expect(withModalBeforeAddressee('is it that you can open the skylight?')).toBe('is it that you can open the skylight?');
  });
});
