import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { ErrorResponseSchema, MeshmindError, WorldViewSchema } from '@meshmind/protocol';
import { described } from './response-schemas';

export const worldRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/world',
    {
      schema: {
        summary: "The simulated site's ground truth: a warehouse's grid, shelves and robots, or a network's clients and bands",
        description: 'What the simulator knows, not what agents reported: answers can be checked against it. Live updates come as `world` events on GET /api/events.',
        tags: ['world'],
        response: {
          200: described(WorldViewSchema, 'The world as it is now'),
          404: described(ErrorResponseSchema, 'This coordinator runs no simulated site, for example a home (E_NO_WORLD)'),
        },
      },
    },
    async () => {
      const world = app.services.world;
      if (!world) throw new MeshmindError('E_NO_WORLD', 'this coordinator runs no simulated site (a home scenario has no world view)');
      return world.current();
    },
  );
};
