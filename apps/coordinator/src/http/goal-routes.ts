import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import Type from 'typebox';
import { CONVERSATION_KEY_HEADER, ErrorResponseSchema, GoalRequestSchema, GoalViewSchema, MeshmindError, ScheduledSubtaskSchema } from '@meshmind/protocol';
import { InvalidRequestResponse, UnauthorizedResponse, described } from './response-schemas';

const GoalParams = Type.Object({ id: Type.String({ minLength: 1, maxLength: 128 }) });

const GoalHeaders = Type.Object({
  [CONVERSATION_KEY_HEADER]: Type.Optional(
    Type.String({ minLength: 1, maxLength: 128, description: 'The key of the conversation named by `conversationId`, as its first answer gave it; needed to continue it.' }),
  ),
});

/** The answer that starts a conversation carries its key in a header; OpenAPI shows it there. */
function withConversationKey<Schema extends object>(schema: Schema): Schema {
  return {
    ...schema,
    headers: {
      [CONVERSATION_KEY_HEADER]: {
        type: 'string',
        description: 'Only when this goal started a conversation: the key to send with every later goal of it. Given once, to this client only.',
      },
    },
  };
}

export interface GoalRoutesOptions {
  /** Goals one client (its token) may submit a minute; 0 for no limit. */
  goalsPerMinute: number;
}

export const goalRoutes: FastifyPluginAsyncTypebox<GoalRoutesOptions> = async (app, options) => {
  app.post(
    '/goals',
    {
      ...(options.goalsPerMinute > 0 ? { config: { rateLimit: { max: options.goalsPerMinute, timeWindow: 60_000 } } } : {}),
      schema: {
        summary: 'Give the assistant a goal in plain language',
        tags: ['goals'],
        description:
          'Plans the goal into subtasks for the devices and starts them. Follow it with GET /api/goals/{id}/events, or send `wait: true` to get the finished goal. ' +
          `A goal without \`conversationId\` (or with a new one) starts a conversation, and the answer's \`${CONVERSATION_KEY_HEADER}\` header carries its key: ` +
          'later goals of that conversation (a "yes" to a question included) must send it back in the same header.',
        headers: GoalHeaders,
        body: GoalRequestSchema,
        response: {
          200: withConversationKey(described(GoalViewSchema, 'The finished goal (with `wait: true`)')),
          202: withConversationKey(described(GoalViewSchema, 'The goal, accepted and started')),
          400: InvalidRequestResponse,
          401: UnauthorizedResponse,
          403: described(ErrorResponseSchema, 'The conversation belongs to another client: its key (or token) is missing or wrong (E_FORBIDDEN)'),
          413: described(ErrorResponseSchema, 'The text is longer than 2,000 characters (E_TEXT_TOO_LONG)'),
          429: described(ErrorResponseSchema, 'Too many goals from this client in the last minute (E_RATE_LIMITED)'),
        },
      },
    },
    async (request, reply) => {
      const { goalId, finished, conversationKey } = app.services.goals.submit(request.body, {
        tokenId: request.httpToken?.id ?? null,
        ...(request.headers[CONVERSATION_KEY_HEADER] ? { conversationKey: request.headers[CONVERSATION_KEY_HEADER] } : {}),
      });
      if (conversationKey) void reply.header(CONVERSATION_KEY_HEADER, conversationKey);
      if (request.body.wait) return reply.status(200).send(await finished);
      return reply.status(202).send(app.services.goals.view(goalId)!);
    },
  );

  app.get(
    '/goals/:id',
    {
      schema: {
        summary: 'A goal, its subtasks and its answer',
        tags: ['goals'],
        params: GoalParams,
        response: {
          200: described(GoalViewSchema, 'The goal as it is now'),
          400: InvalidRequestResponse,
          401: UnauthorizedResponse,
          404: described(ErrorResponseSchema, 'No goal with that id (E_GOAL_NOT_FOUND)'),
        },
      },
    },
    async (request) => {
      const view = app.services.goals.view(request.params.id);
      if (!view) throw new MeshmindError('E_GOAL_NOT_FOUND', `no goal with id ${request.params.id}`);
      return view;
    },
  );

  app.get(
    '/schedules',
    {
      schema: {
        summary: 'The steps waiting for their time, soonest first',
        tags: ['goals'],
        response: { 200: described(Type.Array(ScheduledSubtaskSchema), 'What is scheduled'), 401: UnauthorizedResponse },
      },
    },
    async () => app.services.goals.schedules.list(),
  );

  app.delete(
    '/schedules/:id',
    {
      schema: {
        summary: 'Cancel a step that waits for its time: it will never be sent',
        tags: ['goals'],
        params: GoalParams,
        response: {
          204: Type.Null({ description: 'Cancelled' }),
          400: InvalidRequestResponse,
          401: UnauthorizedResponse,
          404: described(ErrorResponseSchema, 'Nothing with that id is waiting (E_SCHEDULE_NOT_FOUND)'),
        },
      },
    },
    async (request, reply) => {
      if (!app.services.goals.schedules.cancel(request.params.id)) {
        throw new MeshmindError('E_SCHEDULE_NOT_FOUND', `nothing with id ${request.params.id} is waiting for its time`);
      }
      return reply.status(204).send(null);
    },
  );
};
