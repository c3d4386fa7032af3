import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import Type from 'typebox';
import { ErrorResponseSchema, GoalRequestSchema, GoalViewSchema, MeshmindError } from '@meshmind/protocol';
import { InvalidRequestResponse, described } from './response-schemas';

const GoalParams = Type.Object({ id: Type.String({ minLength: 1, maxLength: 128 }) });

export const goalRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.post(
    '/goals',
    {
      schema: {
        summary: 'Give the assistant a goal in plain language',
        tags: ['goals'],
        description: 'Plans the goal into subtasks for the devices and starts them. Follow it with GET /api/goals/{id}/events, or send `wait: true` to get the finished goal.',
        body: GoalRequestSchema,
        response: {
          200: described(GoalViewSchema, 'The finished goal (with `wait: true`)'),
          202: described(GoalViewSchema, 'The goal, accepted and started'),
          400: InvalidRequestResponse,
          413: described(ErrorResponseSchema, 'The text is longer than 2,000 characters (E_TEXT_TOO_LONG)'),
        },
      },
    },
    async (request, reply) => {
      const { goalId, finished } = app.services.goals.submit(request.body);
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
};
