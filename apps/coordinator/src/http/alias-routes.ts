import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import Type from 'typebox';
import { ErrorResponseSchema } from '@meshmind/protocol';
import { InvalidRequestResponse, UnauthorizedResponse, described } from './response-schemas';

/** A name or phrasing the home taught in conversation, as the API and the console show it. */
export const LearnedAliasViewSchema = Type.Object(
  {
    id: Type.String(),
    phrase: Type.String({ description: 'The words, lower case' }),
    deviceId: Type.String(),
    deviceName: Type.Union([Type.String(), Type.Null()], { description: 'Null when the device is no longer known' }),
    kind: Type.Union([Type.Literal('alias'), Type.Literal('correction')], { description: '"call X Y" (alias), or the words a correction fixed (correction)' }),
    taughtBy: Type.String({ description: 'The sentence that taught it' }),
    createdAt: Type.Integer(),
  },
  { additionalProperties: false },
);

const AliasParams = Type.Object({ id: Type.String({ minLength: 1, maxLength: 128 }) });
const ForbiddenResponse = described(ErrorResponseSchema, 'The token lacks the scope this route needs (E_FORBIDDEN)');

export const aliasRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/aliases',
    {
      config: { scope: 'read' },
      schema: {
        summary: 'Names and phrasings learned in conversation',
        description: '"call the floor lamp \'the big light\'" adds an alias; "no, I meant the floor lamp" remembers the words that had reached the wrong device. The planner reads both as names of their device.',
        tags: ['aliases'],
        response: { 200: Type.Array(LearnedAliasViewSchema, { description: 'Oldest first' }), 401: UnauthorizedResponse, 403: ForbiddenResponse },
      },
    },
    async () =>
      app.services.goals.aliases.list().map(({ conversationId: _conversation, ...alias }) => ({
        ...alias,
        deviceName: app.services.registry.get(alias.deviceId)?.profile.name ?? null,
      })),
  );

  app.delete(
    '/aliases/:id',
    {
      config: { scope: 'admin' },
      schema: {
        summary: 'Forget one learned name or phrasing',
        tags: ['aliases'],
        params: AliasParams,
        response: {
          204: Type.Null({ description: 'Forgotten: later goals no longer read it' }),
          400: InvalidRequestResponse,
          401: UnauthorizedResponse,
          403: ForbiddenResponse,
          404: described(ErrorResponseSchema, 'No learned alias with that id (E_ALIAS_NOT_FOUND)'),
        },
      },
    },
    async (request, reply) => {
      app.services.goals.aliases.remove(request.params.id);
      return reply.status(204).send(null);
    },
  );
};
