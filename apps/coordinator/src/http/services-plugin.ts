import fastifyPlugin from 'fastify-plugin';
import type { GoalService } from '../goal-service';
import type { DeviceRegistry } from '../device-registry';
import type { Store } from '../store/store';
import type { WorldFeed } from '../world-feed';

/** The store's read side the routes need: recent goals, for the live console's snapshot. */
export type GoalHistory = Pick<Store, 'listGoals'>;

export interface CoordinatorServices {
  goals: GoalService;
  registry: DeviceRegistry;
  history: GoalHistory;
  /** The simulated site, throttled for watchers; null where the coordinator runs none (a home). */
  world?: WorldFeed | null;
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
