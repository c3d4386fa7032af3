import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import Type from 'typebox';
import { ErrorResponseSchema, MeshmindError, type GoalStatus, type GoalView } from '@meshmind/protocol';
import type { RegisteredDevice } from '../device-registry';
import { InvalidRequestResponse, UnauthorizedResponse, described } from './response-schemas';
import { QUERY_TOKEN_PARAMETER, bearerToken } from './access-plugin';
import { STREAM_TICKET_PARAMETER, STREAM_TICKET_TTL_MS, type StreamTickets } from './stream-tickets';
import { openEventStream, type EventStream, type EventStreamOptions } from './event-stream';
import { DeviceEventSchema, GoalEventSchema, SNAPSHOT_GOAL_LIMIT, SnapshotEventSchema, WorldEventSchema, type WorldView } from '@meshmind/protocol';
import { eventStreamResponse } from './event-schemas';

/** A record, not a list, so that a new goal status cannot be added without deciding this. */
const GOAL_FINISHED: Record<GoalStatus, boolean> = {
  planning: false,
  running: false,
  done: true,
  partial: true,
  failed: true,
  // The assistant asked something; the person's reply is a new goal, so this one is over.
  waiting: true,
};
/** How far back the snapshot looks for one conversation's goals. */
const CONVERSATION_LOOKBACK = 200;

/*
 * A browser's EventSource cannot send an Authorization header, so the streams also take a
 * credential in the query: a stream ticket (a minute, event streams only, asked for with the
 * token in a header), or for older clients the token itself. Chosen over a cookie: a cookie would
 * ride along on every cross-site request to any route, a query parameter only where the console's
 * own script puts it. The coordinator does not log request URLs; a reverse proxy in front of it
 * may, and then logs a ticket that is soon worthless rather than a token.
 */
const AccessTokenQuery = Type.Optional(
  Type.String({ minLength: 1, maxLength: 256, description: 'The bearer token, for clients that cannot send an Authorization header; prefer `ticket`, which a log keeps harmlessly.' }),
);
const TicketQuery = Type.Optional(
  Type.String({ minLength: 1, maxLength: 128, description: 'A stream ticket from `POST /api/events/tickets`, for clients that cannot send an Authorization header (EventSource).' }),
);
const StreamTicketResponse = Type.Object(
  {
    ticket: Type.String({ description: `Opens the event streams as the token that asked for it, for ${STREAM_TICKET_TTL_MS / 1000} s; give it as ?${STREAM_TICKET_PARAMETER}=.` }),
    expiresAt: Type.Integer({ description: 'When it stops opening streams (ms since the epoch).' }),
  },
  { additionalProperties: false },
);

const EventsQuery = Type.Object(
  {
    [QUERY_TOKEN_PARAMETER]: AccessTokenQuery,
    [STREAM_TICKET_PARAMETER]: TicketQuery,
    conversationId: Type.Optional(
      Type.String({ minLength: 1, maxLength: 128, description: "Limit the snapshot's goals to this conversation (live goal events are not filtered)." }),
    ),
  },
  { additionalProperties: false },
);
const GoalParams = Type.Object({ id: Type.String({ minLength: 1, maxLength: 128 }) });
const GoalEventsQuery = Type.Object({ [QUERY_TOKEN_PARAMETER]: AccessTokenQuery, [STREAM_TICKET_PARAMETER]: TicketQuery }, { additionalProperties: false });

export interface EventRoutesOptions extends EventStreamOptions {
  tickets: StreamTickets;
}

/**
 * Live progress as server-sent events. Every stream is tied to listeners on the goal service and
 * the registry; they are removed when the client leaves, and open streams are ended before the
 * server closes (an open stream would otherwise hold `close()` forever).
 */
export const eventRoutes: FastifyPluginAsyncTypebox<EventRoutesOptions> = async (app, options) => {
  const streams = new Set<EventStream>();
  app.addHook('preClose', async () => {
    for (const stream of streams) stream.end();
  });

  function track(stream: EventStream, cleanup: () => void): void {
    streams.add(stream);
    stream.onClose(() => {
      cleanup();
      streams.delete(stream);
    });
  }

  function recentGoals(conversationId: string | undefined): GoalView[] {
    const { history, goals } = app.services;
    const rows = conversationId
      ? history.listGoals(CONVERSATION_LOOKBACK).filter((row) => row.conversationId === conversationId)
      : history.listGoals(SNAPSHOT_GOAL_LIMIT);
    return rows
      .slice(0, SNAPSHOT_GOAL_LIMIT)
      .reverse()
      .flatMap((row) => goals.view(row.id) ?? []);
  }

  app.post(
    '/events/tickets',
    {
      // A wall display with a read-only token follows the streams too.
      config: { scope: 'read' },
      schema: {
        summary: 'A short-lived ticket to open an event stream with',
        description: `For clients that cannot send an Authorization header on a stream (a browser's EventSource): asked for with the token in the header, it opens \`/api/events\` and \`/api/goals/{id}/events\` as \`?${STREAM_TICKET_PARAMETER}=\` for ${STREAM_TICKET_TTL_MS / 1000} s, as that token (its scopes, and not once it is revoked). A proxy that logs URLs then logs a ticket, not the token.`,
        tags: ['events'],
        response: { 200: described(StreamTicketResponse, 'A ticket for the event streams and when it expires'), 401: UnauthorizedResponse },
      },
    },
    async (request) => {
      // The access check passed on this very header; a ticket never stands for another ticket.
      const token = bearerToken(request.headers.authorization);
      if (token === undefined) throw new MeshmindError('E_UNAUTHORIZED', 'ask for a stream ticket with Authorization: Bearer <token>');
      return options.tickets.issue(token);
    },
  );

  app.get(
    '/events',
    {
      config: { tokenInQuery: true },
      schema: {
        summary: 'Live stream of device changes and goal progress',
        description:
          'Server-sent events: first a `snapshot` of every device and the latest goals, then a `device` event for every device change and a `goal` event for every change of any goal. Where the coordinator runs a simulated site, a `world` event follows the snapshot and then comes at most a few times a second while the world changes. The stream stays open; reconnect to get a fresh snapshot.',
        tags: ['events'],
        querystring: EventsQuery,
        response: {
          200: eventStreamResponse('An endless event stream', SnapshotEventSchema, DeviceEventSchema, GoalEventSchema, WorldEventSchema),
          400: InvalidRequestResponse,
          401: UnauthorizedResponse,
        },
      },
    },
    async (request, reply) => {
      const { goals, registry, world } = app.services;
      const stream = openEventStream(reply, options);
      const onDevice = (_deviceId: string, device: RegisteredDevice) => stream.send('device', registry.view(device));
      const onGoal = (view: GoalView) => stream.send('goal', view);
      const onWorld = (view: WorldView) => stream.send('world', view);
      registry.on('changed', onDevice);
      goals.on('goal', onGoal);
      world?.on('view', onWorld);
      track(stream, () => {
        registry.off('changed', onDevice);
        goals.off('goal', onGoal);
        world?.off('view', onWorld);
      });
      stream.send('snapshot', {
        devices: registry.list().map((device) => registry.view(device)),
        goals: recentGoals(request.query.conversationId),
      });
      if (world) stream.send('world', world.current());
    },
  );

  app.get(
    '/goals/:id/events',
    {
      config: { tokenInQuery: true },
      schema: {
        summary: "Live stream of one goal's progress until it finishes",
        description:
          'Server-sent events: a `goal` event with the goal as it is now, then one for every change of the goal or its subtasks. The server ends the stream after the event whose status is done, partial, failed or waiting (the assistant asked a question).',
        tags: ['events', 'goals'],
        params: GoalParams,
        querystring: GoalEventsQuery,
        response: {
          200: eventStreamResponse('Goal events, ending with the finished goal', GoalEventSchema),
          400: InvalidRequestResponse,
          401: UnauthorizedResponse,
          404: described(ErrorResponseSchema, 'No goal with that id (E_GOAL_NOT_FOUND)'),
        },
      },
    },
    async (request, reply) => {
      const { goals } = app.services;
      const goalId = request.params.id;
      const current = goals.view(goalId);
      if (!current) throw new MeshmindError('E_GOAL_NOT_FOUND', `no goal with id ${goalId}`);
      const stream = openEventStream(reply, options);
      stream.send('goal', current);
      if (GOAL_FINISHED[current.status]) {
        stream.end();
        return;
      }
      const onGoal = (view: GoalView) => {
        if (view.id !== goalId) return;
        stream.send('goal', view);
        if (GOAL_FINISHED[view.status]) stream.end();
      };
      goals.on('goal', onGoal);
      track(stream, () => goals.off('goal', onGoal));
    },
  );
};
