import { randomBytes } from 'node:crypto';

/** The query parameter that carries a stream ticket (EventSource cannot send an Authorization header). */
export const STREAM_TICKET_PARAMETER = 'ticket';
/** How long a ticket opens streams: enough for EventSource's own reconnects after a blip, short for a log. */
export const STREAM_TICKET_TTL_MS = 60_000;
/** Outstanding tickets kept at most; the oldest go first (each is a few hundred bytes). */
const MOST_TICKETS = 1_000;

interface Ticket {
  token: string;
  expiresAt: number;
}

/**
 * Short-lived stand-ins for a token in an event stream's URL. A browser's EventSource cannot send a
 * header, so the stream's URL must carry the credential, and a reverse proxy that logs query strings
 * logs it: with a ticket, what it logs opens only event streams, and only for a minute. A ticket
 * stands for the token that asked for it and is checked through that token on every use, so a
 * token revoked meanwhile opens nothing, and its scopes are the token's. Kept in memory only: a
 * restart ends them all (the console asks for a new one when its stream is refused).
 */
export class StreamTickets {
  private readonly tickets = new Map<string, Ticket>();

  constructor(private readonly clock: () => number = Date.now) {}

  issue(token: string): { ticket: string; expiresAt: number } {
    const now = this.clock();
    for (const [ticket, entry] of this.tickets) if (entry.expiresAt <= now) this.tickets.delete(ticket);
    while (this.tickets.size >= MOST_TICKETS) this.tickets.delete(this.tickets.keys().next().value!);
    const ticket = `mst_${randomBytes(32).toString('base64url')}`;
    const expiresAt = now + STREAM_TICKET_TTL_MS;
    this.tickets.set(ticket, { token, expiresAt });
    return { ticket, expiresAt };
  }

  /** The token a live ticket stands for; undefined for an unknown or expired one. */
  redeem(ticket: string): string | undefined {
    const entry = this.tickets.get(ticket);
    if (!entry) return undefined;
    if (entry.expiresAt <= this.clock()) {
      this.tickets.delete(ticket);
      return undefined;
    }
    return entry.token;
  }
}
