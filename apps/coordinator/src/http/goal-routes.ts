import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import Type from 'typebox';
import { ErrorResponseSchema, GoalRequestSchema, GoalViewSchema, MeshmindError } from '@meshmind/protocol';

const GoalParams = Type.Object({ id: Type.String({ minLength: 1, maxLength: 128 }) });

export const goalRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.post(
    '/goals',
    {
      schema: {
        summary: 'Give the assistant a goal in plain language',
        body: GoalRequestSchema,
        response: { 200: GoalViewSchema, 202: GoalViewSchema, 400: ErrorResponseSchema, 413: ErrorResponseSchema },
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
    { schema: { summary: 'A goal, its subtasks and its answer', params: GoalParams, response: { 200: GoalViewSchema, 404: ErrorResponseSchema } } },
    async (request) => {
      const view = app.services.goals.view(request.params.id);
      if (!view) throw new MeshmindError('E_GOAL_NOT_FOUND', `no goal with id ${request.params.id}`);
      return view;
    },
  );
};
