import { describe, expect, it } from 'vitest';
import { STREAM_TICKET_TTL_MS, StreamTickets } from '../src/http/stream-tickets';

describe('stream tickets', () => {
  it('stand for the token that asked for them until they expire, then for nothing', () => {
    let now = 1_000_000;
    const tickets = new StreamTickets(() => now);
    const { ticket, expiresAt } = tickets.issue('mm_token');
    expect(expiresAt).toBe(now + STREAM_TICKET_TTL_MS);
    expect(tickets.redeem(ticket)).toBe('mm_token');
    // Several uses within the minute: EventSource reconnects after a blip with the same URL.
    expect(tickets.redeem(ticket)).toBe('mm_token');
    now = expiresAt;
    expect(tickets.redeem(ticket)).toBeUndefined();
  });

  it('are random and unrelated to the token', () => {
    const tickets = new StreamTickets();
    const first = tickets.issue('mm_token').ticket;
    const second = tickets.issue('mm_token').ticket;
    expect(first).not.toBe(second);
    expect(first).toMatch(/^mst_[\w-]{43}$/);
    expect(tickets.redeem('mst_unknown')).toBeUndefined();
  });
});
