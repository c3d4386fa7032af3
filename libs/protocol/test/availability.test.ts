import { describe, expect, it } from 'vitest';
import { AvailabilityClock, isLaterAvailability, readAvailability, type AvailabilityOrder } from '../src/index';

function orderOf(payload: string): AvailabilityOrder {
  const read = readAvailability(payload);
  if (!read.ok || !read.value.order) throw new Error(`not an ordered availability: ${payload}`);
  return read.value.order;
}

describe('availability messages carry the order their agent said them in', () => {
  it('writes the will of a connection first, then its messages, all in the epoch of that connection', () => {
    const clock = new AvailabilityClock(() => 1_000);
    expect(JSON.parse(clock.beginEpoch())).toEqual({ availability: 'offline', epoch: 1_000, sequence: 0, lastWill: true });
    expect(JSON.parse(clock.next('online'))).toEqual({ availability: 'online', epoch: 1_000, sequence: 1 });
    expect(JSON.parse(clock.next('offline'))).toEqual({ availability: 'offline', epoch: 1_000, sequence: 2 });
  });

  it('starts a later epoch for every connection, even when the wall clock stands still or steps back', () => {
    let now = 5_000;
    const clock = new AvailabilityClock(() => now);
    const first = orderOf(clock.beginEpoch());
    const second = orderOf(clock.beginEpoch());
    now = 4_000;
    const third = orderOf(clock.beginEpoch());
    expect([first.epoch, second.epoch, third.epoch]).toEqual([5_000, 5_001, 5_002]);
  });

  it('starts above the epoch its store recorded, so a restart with a clock set back still rises', () => {
    const recorded: number[] = [];
    const source = { last: () => 9_000, remember: (epoch: number) => void recorded.push(epoch) };
    const clock = new AvailabilityClock(() => 4_000, source);
    const first = orderOf(clock.beginEpoch());
    const second = orderOf(clock.beginEpoch());
    expect([first.epoch, second.epoch]).toEqual([9_001, 9_002]);
    // Each epoch is recorded before its CONNECT (and its will) can go out.
    expect(recorded).toEqual([9_001, 9_002]);
    // A clock ahead of the record wins: epochs stay wall-clock time where the clock keeps time.
    expect(orderOf(new AvailabilityClock(() => 20_000, source).beginEpoch()).epoch).toBe(20_000);
  });

  it('ranks a later epoch above everything of an earlier one, the will of an epoch above its other messages', () => {
    const clock = new AvailabilityClock(() => 1_000);
    const will = orderOf(clock.beginEpoch());
    const online = orderOf(clock.next('online'));
    const goodbye = orderOf(clock.next('offline'));
    const nextWill = orderOf(clock.beginEpoch());
    const nextOnline = orderOf(clock.next('online'));

    expect(isLaterAvailability(goodbye, online)).toBe(true);
    expect(isLaterAvailability(online, goodbye)).toBe(false);
    expect(isLaterAvailability(will, online)).toBe(true);
    expect(isLaterAvailability(online, will)).toBe(false);
    expect(isLaterAvailability(nextOnline, will)).toBe(true);
    expect(isLaterAvailability(nextOnline, goodbye)).toBe(true);
    expect(isLaterAvailability(goodbye, nextOnline)).toBe(false);
    expect(isLaterAvailability(nextWill, nextOnline)).toBe(true);
    // A copy of the same message (a QoS 1 redelivery) is no news.
    expect(isLaterAvailability(online, online)).toBe(false);
  });

  it("reads an older agent's bare words as availability without an order", () => {
    expect(readAvailability('online')).toEqual({ ok: true, value: { availability: 'online', order: null } });
    expect(readAvailability(Buffer.from('offline'))).toEqual({ ok: true, value: { availability: 'offline', order: null } });
  });

  it('refuses anything else with E_INVALID_PAYLOAD (E_BAD_JSON where it is not JSON)', () => {
    const broken = readAvailability('{');
    expect(broken.ok ? null : broken.error.code).toBe('E_BAD_JSON');
    for (const payload of ['ONLINE', 'up', '{"availability":"online"}', '{"availability":"away","epoch":1,"sequence":1}', '{"availability":"online","epoch":-1,"sequence":0}', '{"availability":"online","epoch":1,"sequence":1,"extra":1}']) {
      const read = readAvailability(payload);
      expect(read.ok, payload).toBe(false);
      if (!read.ok) expect(read.error.code).toBe('E_INVALID_PAYLOAD');
    }
  });

  it('refuses to write a message before any connection began', () => {
    expect(() => new AvailabilityClock().next('online')).toThrow(expect.objectContaining({ code: 'E_INTERNAL' }));
  });
});
