import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import Type from 'typebox';
import { DeviceViewSchema, ErrorResponseSchema, MeshmindError } from '@meshmind/protocol';
import { InvalidRequestResponse, UnauthorizedResponse, described } from './response-schemas';

const DeviceParams = Type.Object({ id: Type.String({ minLength: 1, maxLength: 128 }) });

export const deviceRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/devices',
    {
      schema: {
        summary: 'Every known device with its availability and state',
        tags: ['devices'],
        response: { 200: Type.Array(DeviceViewSchema, { description: 'Every device, by id' }), 401: UnauthorizedResponse },
      },
    },
    async () => app.services.registry.list().map((device) => app.services.registry.view(device)),
  );

  app.get(
    '/devices/:id',
    {
      schema: {
        summary: 'One device',
        tags: ['devices'],
        params: DeviceParams,
        response: {
          200: described(DeviceViewSchema, 'The device'),
          400: InvalidRequestResponse,
          401: UnauthorizedResponse,
          404: described(ErrorResponseSchema, 'No device with that id (E_UNKNOWN_DEVICE)'),
        },
      },
    },
    async (request) => {
      const device = app.services.registry.get(request.params.id);
      if (!device) throw new MeshmindError('E_UNKNOWN_DEVICE', `no device with id ${request.params.id}`);
      return app.services.registry.view(device);
    },
  );
};
