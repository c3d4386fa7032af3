import Type, { type Static } from 'typebox';
import { AreaSchema, DeviceOriginSchema, ErrorBodySchema, TEXT_MAX } from './messages';

export const GOAL_TEXT_MAX = TEXT_MAX;

/**
 * The header that carries a conversation's key: POST /api/goals answers with it when the goal
 * starts a conversation, and a later goal in that conversation sends it back. A header and not a
 * field, so that no goal view or event can ever carry it.
 */
export const CONVERSATION_KEY_HEADER = 'x-meshmind-conversation-key';

export const GoalRequestSchema = Type.Object(
  {
    text: Type.String({ minLength: 1, maxLength: GOAL_TEXT_MAX }),
    conversationId: Type.Optional(Type.String({ minLength: 1, maxLength: 128 })),
    /** Where the person speaks from: an area id/name or a device id, so "the light" means the light there. */
    from: Type.Optional(Type.String({ minLength: 1, maxLength: 128 })),
    /** Wait for the goal to finish before answering (the CLI's one-shot mode); default false. */
    wait: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false },
);
export type GoalRequest = Static<typeof GoalRequestSchema>;

/** 'waiting': the assistant asked the person something (which device? go ahead?) and waits for the answer. */
export const GOAL_STATUSES = ['planning', 'running', 'done', 'partial', 'failed', 'waiting'] as const;
export type GoalStatus = (typeof GOAL_STATUSES)[number];
export const SUBTASK_STATUSES = ['pending', 'waiting', 'dispatched', 'running', 'done', 'failed', 'not_executable', 'needs_confirmation', 'timeout', 'skipped', 'cancelled'] as const;
export type SubtaskStatus = (typeof SUBTASK_STATUSES)[number];

export const SubtaskViewSchema = Type.Object(
  {
    id: Type.String(),
    deviceId: Type.String(),
    deviceName: Type.String(),
    text: Type.String(),
    status: Type.Enum(SUBTASK_STATUSES),
    stage: Type.Union([Type.String(), Type.Null()]),
    message: Type.Union([Type.String(), Type.Null()]),
    value: Type.Optional(Type.Unknown()),
  },
  { additionalProperties: false },
);
export type SubtaskView = Static<typeof SubtaskViewSchema>;

/** A step waiting for its time ("turn off the kitchen light in 10 minutes"): GET /api/schedules. */
export const ScheduledSubtaskSchema = Type.Object(
  {
    id: Type.String(),
    goalId: Type.String(),
    deviceId: Type.String(),
    deviceName: Type.String(),
    text: Type.String(),
    /** When it will be sent (ms since the epoch). */
    notBefore: Type.Number(),
  },
  { additionalProperties: false },
);
export type ScheduledSubtask = Static<typeof ScheduledSubtaskSchema>;

export const GoalViewSchema = Type.Object(
  {
    id: Type.String(),
    conversationId: Type.String(),
    text: Type.String(),
    status: Type.Enum(GOAL_STATUSES),
    answer: Type.Union([Type.String(), Type.Null()]),
    createdAt: Type.Number(),
    finishedAt: Type.Union([Type.Number(), Type.Null()]),
    subtasks: Type.Array(SubtaskViewSchema),
  },
  { additionalProperties: false },
);
export type GoalView = Static<typeof GoalViewSchema>;

export const DeviceViewSchema = Type.Object(
  {
    id: Type.String(),
    type: Type.String(),
    name: Type.String(),
    aliases: Type.Array(Type.String()),
    area: Type.Union([AreaSchema, Type.Null()]),
    availability: Type.Union([Type.Literal('online'), Type.Literal('offline'), Type.Literal('unknown')]),
    /** Where the device comes from; absent for agents older than the field. */
    origin: Type.Optional(DeviceOriginSchema),
    state: Type.Record(Type.String(), Type.Unknown()),
    updatedAt: Type.Union([Type.Number(), Type.Null()]),
  },
  { additionalProperties: false },
);
export type DeviceView = Static<typeof DeviceViewSchema>;

export const ErrorResponseSchema = Type.Object({ error: ErrorBodySchema }, { additionalProperties: false });
export type ErrorResponse = Static<typeof ErrorResponseSchema>;
