import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Coordinator, LocalSecurity, startEmbeddedBroker, type EmbeddedBroker } from '@meshmind/coordinator';
import { createManualClock, createSimulatedSite } from '@meshmind/devices';
import { Topics, WorldViewSchema, createValidator } from '@meshmind/protocol';
import { silentLogger } from './support/stack';
import { loadExampleWarehouse } from './support/warehouse';

const worldValidator = createValidator(WorldViewSchema);

describe('GET /api/world and the world event', () => {
  let broker: EmbeddedBroker;
  const security = new LocalSecurity({ databasePath: ':memory:' });
  const coordinators: Coordinator[] = [];

  async function coordinator(world?: ConstructorParameters<typeof Coordinator>[0]['world']): Promise<Coordinator> {
    const started = new Coordinator({ mqttUrl: broker.url, mqttCredentials: security.coordinator(), databasePath: ':memory:', logger: silentLogger, http: { host: '127.0.0.1', port: 0 }, ...(world ? { world } : {}) });
    await started.start();
    coordinators.push(started);
    return started;
  }

  beforeAll(async () => {
    broker = await startEmbeddedBroker({ host: '127.0.0.1', port: 0, authenticator: security.credentials, topics: new Topics() });
  });
  afterAll(async () => {
    for (const started of coordinators) await started.stop();
    await broker?.close();
    security.close();
  });

  it('answers 404 E_NO_WORLD where the coordinator runs no simulated site (a home)', async () => {
    const home = await coordinator();
    const response = await home.http.inject({ method: 'GET', url: '/api/world', headers: { authorization: `Bearer ${home.ownerToken}` } });
    expect(response.statusCode).toBe(404);
    expect(response.json()).toEqual({ error: { code: 'E_NO_WORLD', message: expect.any(String) } });
  });

  it('serves the warehouse as the simulator has it, in the WorldView schema', async () => {
    const site = createSimulatedSite(await loadExampleWarehouse(), { clock: createManualClock() });
    const warehouse = await coordinator(site);
    const response = await warehouse.http.inject({ method: 'GET', url: '/api/world', headers: { authorization: `Bearer ${warehouse.ownerToken}` } });
    expect(response.statusCode).toBe(200);
    const body = worldValidator.parse(response.body);
    expect(body.ok).toBe(true);
    expect(response.json()).toEqual(site.view());
    site.stop();
  });

  it('sends the world right after the snapshot on /api/events, then again when it changes', async () => {
    const clock = createManualClock();
    const site = createSimulatedSite(await loadExampleWarehouse(), { clock });
    const warehouse = await coordinator(site);
    const abort = new AbortController();
    const response = await fetch(`${warehouse.url}/api/events`, { headers: { authorization: `Bearer ${warehouse.ownerToken}` }, signal: abort.signal });
    const reader = response.body!.getReader();
    const decoder = new TextDecoder();
    let text = '';
    const read = async (until: (text: string) => boolean) => {
      while (!until(text)) text += decoder.decode((await reader.read()).value, { stream: true });
    };
    await read((received) => /event: world\ndata: .*\n\n/.test(received));
    expect(text.indexOf('event: snapshot')).toBeLessThan(text.indexOf('event: world'));
    const moved = site.fleet.world.moveToShelf('robot-1', 1);
    while (site.fleet.world.activeRobots() > 0) clock.advance(100);
    await moved;
    await read((received) => received.split('event: world').length > 2);
    const last = JSON.parse(text.split('event: world\ndata: ').at(-1)!.split('\n')[0]!);
    expect(last.robots[0]).toMatchObject({ id: 'robot-1', atShelf: 1 });
    abort.abort();
    site.stop();
  });
});
