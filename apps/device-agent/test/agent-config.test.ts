import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadAgentConfig } from '../src/agent-config';

describe('loadAgentConfig', () => {
  let directory: string;
  beforeAll(async () => {
    directory = await mkdtemp(join(tmpdir(), 'meshmind-agent-config-'));
  });
  afterAll(async () => {
    await rm(directory, { recursive: true, force: true });
  });

  const load = async (device: string) => {
    const path = join(directory, 'agent.yaml');
    await writeFile(path, `broker: mqtt://127.0.0.1:1883\ncredentials: { username: device.lamp, password: secret }\ndevice: ${device}\n`);
    return loadAgentConfig(path);
  };

  it('reads a device whose names are plain text', async () => {
    const config = await load('{ id: lamp, type: light, name: Lampe de chevet, aliases: [night light], area: { id: bedroom, name: Bedroom, aliases: [], floor: null } }');
    expect(config.device).toMatchObject({ name: 'Lampe de chevet', aliases: ['night light'], area: { name: 'Bedroom' } });
  });

  it.each([
    ['the device name', '{ id: lamp, type: light, name: "Lamp\\e]0;owned\\a" }', 'device.name'],
    ['an alias', '{ id: lamp, type: light, name: Lamp, aliases: ["night\\x9b2J light"] }', 'device.aliases.0'],
    ['the area name', '{ id: lamp, type: light, name: Lamp, area: { id: bedroom, name: "Bed\\u202Eroom", aliases: [], floor: null } }', 'device.area'],
  ])('refuses control characters in %s with E_CONFIG_INVALID naming the path', async (_label, device, path) => {
    await expect(load(device)).rejects.toMatchObject({ code: 'E_CONFIG_INVALID', message: expect.stringContaining(path) });
  });
});
