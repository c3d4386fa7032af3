import type { ErrorBody, ErrorCode, SubtaskResult } from '@meshmind/protocol';
import type { PendingClarification, PlanStep } from '../planner/planner';

/** The types of the store's JSON columns: drizzle reads and writes them as these, with no casts. */

/** A plan step as stored with its subtask, plus whether the person already confirmed it. */
export type StoredStep = PlanStep & { confirmed?: boolean };

/** What the coordinator records for a subtask that no agent report settled. */
export interface CoordinatorOutcome {
  error: Partial<ErrorBody> & { code: ErrorCode };
  /** False when the request was never sent (its device was offline): no late report can correct it. */
  dispatched?: boolean;
}

/** A subtask's result: its agent's report, or the coordinator's own account. */
export type StoredSubtaskResult = SubtaskResult | CoordinatorOutcome;

/** A sensitive action waiting for the person's "yes". */
export interface PendingConfirmation {
  steps: Array<{ deviceId: string; deviceName: string; text: string }>;
  /** After this a "yes" does nothing; absent on confirmations stored before expiry existed, which count as expired. */
  expiresAt?: number;
}

/** What an HTTP token may do: read the house, control it (goals), administer it (remove what it learned). */
export const HTTP_SCOPES = ['read', 'control', 'admin'] as const;
export type HttpScope = (typeof HTTP_SCOPES)[number];

/** What a conversation carries from one turn to the next. */
export interface ConversationContext {
  lastDeviceIds?: string[];
  /** The goal the last turn ran, for "no, I meant the floor lamp" (corrections.ts). */
  lastGoalId?: string;
  pendingClarification?: PendingClarification;
  pendingConfirmation?: PendingConfirmation;
}
