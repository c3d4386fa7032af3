import fastifyPlugin from 'fastify-plugin';
import type { GoalService } from '../goal-service';
import type { DeviceRegistry } from '../device-registry';

export interface CoordinatorServices {
  goals: GoalService;
  registry: DeviceRegistry;
}

declare module 'fastify' {
  interface FastifyInstance {
    services: CoordinatorServices;
  }
}

/** Shares the coordinator's services with every route plugin through one typed decorator. */
export const servicesPlugin = fastifyPlugin<CoordinatorServices>(
  async (app, services) => {
    app.decorate('services', services);
  },
  { name: 'meshmind-services' },
);
