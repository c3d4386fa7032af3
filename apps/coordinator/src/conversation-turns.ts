import { enPlanning } from '@meshmind/language';
import { MeshmindError } from '@meshmind/protocol';
import type { FinishedStep } from './answer';
import { anyOf } from './planner/word-patterns';
import { hashSecret, randomSecret, secretMatches } from './security/secrets';
import type { ConversationContext, PendingConfirmation } from './store/records';
import type { Store } from './store/store';

/** How long a sensitive action waits for its "yes" unless told otherwise. */
export const DEFAULT_CONFIRMATION_TTL_MS = 5 * 60_000;

// A turn that opens with one of the language's yes or no words answers what waits for confirmation.
const YES = new RegExp(`^\\s*${anyOf(enPlanning.confirmation.yes)}\\b`, 'i');
const NO = new RegExp(`^\\s*${anyOf(enPlanning.confirmation.no)}\\b`, 'i');

/**
 * Who sends a goal from outside this process (the HTTP API). Code in this process (`meshmind run`,
 * tests) passes none: it is the household's own program, not a network client.
 */
export interface GoalCaller {
  /** The key the conversation's creator was given; continuing the conversation needs it. */
  conversationKey?: string;
  /** The HTTP token the request was authenticated with, if any. */
  tokenId: string | null;
}

/** A turn begins: what the conversation carries in, split from what it was waiting for. */
export interface Turn {
  /** What carries on to the next turn whatever happens (the devices last referred to). */
  carried: ConversationContext;
  pendingClarification?: ConversationContext['pendingClarification'];
  /** The answer to a pending confirmation, when this turn is one: "yes" or "no". */
  confirmation?: { pending: PendingConfirmation; confirmed: boolean };
}

export interface ConversationTurnsOptions {
  store: Store;
  clock: () => number;
  /** How long a sensitive action waits for its "yes"; default 5 minutes. */
  confirmationTtlMs?: number;
}

/**
 * The conversation between turns: who may continue it, what it carries from one goal to the next
 * (devices referred to, a question the planner asked, a sensitive action waiting for "yes").
 */
export class ConversationTurns {
  constructor(private readonly options: ConversationTurnsOptions) {}

  /**
   * A new conversation gets a key for its creator alone; an existing one goes on only with that
   * key, and with the token that started it. Nothing published (goal views, the event stream)
   * carries the key, so reading the events is not enough to say "yes" in someone else's
   * conversation. Returns the key of a conversation this call created.
   */
  admit(conversationId: string, caller: GoalCaller | undefined): string | undefined {
    const { store } = this.options;
    const key = randomSecret();
    if (store.createConversation({ id: conversationId, createdAt: this.options.clock(), keyHash: hashSecret(key), ownerTokenId: caller?.tokenId ?? null })) return key;
    if (!caller) return undefined;
    const owner = store.getConversationOwner(conversationId);
    // Conversations from before keys existed have none: nobody outside the process may continue them.
    const keyMatches = !!owner?.keyHash && caller.conversationKey !== undefined && secretMatches(caller.conversationKey, owner.keyHash);
    const tokenMatches = !owner?.ownerTokenId || owner.ownerTokenId === caller.tokenId;
    if (!keyMatches || !tokenMatches) {
      throw new MeshmindError(
        'E_FORBIDDEN',
        `conversation ${conversationId} belongs to the client that started it: continuing it needs its conversation key${owner?.ownerTokenId ? ' and the same token' : ''}. Start a new conversation instead.`,
      );
    }
    return undefined;
  }

  /** Reads what the conversation carries into a turn that says `text`. */
  begin(conversationId: string, text: string): Turn {
    const { pendingConfirmation, pendingClarification, ...carried } = this.context(conversationId);
    const confirmed = YES.test(text);
    return {
      carried,
      ...(pendingClarification ? { pendingClarification } : {}),
      ...(pendingConfirmation && (confirmed || NO.test(text)) ? { confirmation: { pending: pendingConfirmation, confirmed } } : {}),
    };
  }

  /** A "yes" long after the question may come from someone who never saw it: it must be asked again. */
  isExpired(pending: PendingConfirmation): boolean {
    return pending.expiresAt === undefined || this.options.clock() > pending.expiresAt;
  }

  save(conversationId: string, context: ConversationContext): void {
    this.options.store.saveConversationContext(conversationId, context, this.options.clock());
  }

  /**
   * After a goal ran: the devices it was about carry on to the next turn ("turn it off again"), and
   * sensitive actions that wait for "yes" are remembered until the confirmation expires.
   */
  remember(conversationId: string, finished: FinishedStep[], goalId?: string): void {
    const waiting = finished.filter((entry) => entry.status === 'needs_confirmation');
    this.save(conversationId, {
      ...this.context(conversationId),
      ...(goalId ? { lastGoalId: goalId } : {}),
      lastDeviceIds: [...new Set(finished.filter((entry) => !entry.step.condition || entry.status !== 'skipped').map((entry) => entry.step.deviceId))],
      ...(waiting.length > 0
        ? {
            pendingConfirmation: {
              steps: waiting.map((entry) => ({ deviceId: entry.step.deviceId, deviceName: entry.deviceName, text: entry.step.text })),
              expiresAt: this.options.clock() + (this.options.confirmationTtlMs ?? DEFAULT_CONFIRMATION_TTL_MS),
            },
          }
        : {}),
    });
  }

  private context(conversationId: string): ConversationContext {
    return this.options.store.getConversationContext(conversationId) ?? {};
  }
}
