import Type from 'typebox';
import { DeviceViewSchema, GoalViewSchema } from './http';

/*
 * The server-sent events of the coordinator's streaming routes (GET /api/events and
 * GET /api/goals/:id/events). Each event's `data` is one of the HTTP views the JSON routes serve,
 * so a client validates it with GoalViewSchema or DeviceViewSchema.
 */

export const SNAPSHOT_GOAL_LIMIT = 20;

export const SnapshotEventSchema = Type.Object(
  {
    event: Type.Literal('snapshot'),
    data: Type.Object({
      devices: Type.Array(DeviceViewSchema),
      goals: Type.Array(GoalViewSchema, { description: `The latest goals, oldest first (at most ${SNAPSHOT_GOAL_LIMIT}).` }),
    }),
  },
  { description: 'Sent first on every connection, so a client that reconnects starts from the current state.' },
);

export const DeviceEventSchema = Type.Object(
  { event: Type.Literal('device'), data: DeviceViewSchema },
  { description: "A device's profile, availability or state changed." },
);

export const GoalEventSchema = Type.Object(
  { event: Type.Literal('goal'), data: GoalViewSchema },
  { description: 'A goal or one of its subtasks changed; `data` is the whole goal as GET /api/goals/:id serves it.' },
);
