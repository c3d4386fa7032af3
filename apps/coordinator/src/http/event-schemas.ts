import Type from 'typebox';
import { DeviceViewSchema, GoalViewSchema } from '@meshmind/protocol';

/*
 * The server-sent events of the two streaming routes. Each event's `data` line is one of the HTTP
 * views the JSON routes already serve (GoalView, DeviceView), so clients reuse those schemas to
 * validate it; these schemas exist to document the streams in the OpenAPI spec.
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

/** OpenAPI has no model for SSE; the stream is documented as the union of its events. */
export function eventStreamResponse(description: string, ...events: ReturnType<typeof Type.Object>[]) {
  return {
    description,
    content: { 'text/event-stream': { schema: Type.Union(events) } },
  };
}
