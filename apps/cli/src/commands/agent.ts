import { parseArgs } from 'node:util';
import { DeviceAgent, KeywordMapper, createDriverFromConfig, loadAgentConfig } from '@meshmind/device-agent';
import { Topics } from '@meshmind/protocol';
import type { CliCommand } from '../command';
import { createLogger } from '../logger';

export const agentCommand: CliCommand = {
  name: 'agent',
  summary: 'Run exactly one device agent, as on an edge board next to its device',
  usage: `meshmind agent --config FILE
  FILE (YAML or JSON): { broker: mqtt://HOST:PORT, device: { id, type, name, aliases, area }, state?, driver? }`,
  async run(argv, io) {
    const { values } = parseArgs({ args: argv, options: { config: { type: 'string' } } });
    if (!values.config) {
      io.stderr.write(`usage: ${agentCommand.usage}\n`);
      return 2;
    }
    const logger = createLogger(io.env, 'info');
    const config = await loadAgentConfig(values.config);
    const driver = await createDriverFromConfig(config, values.config);
    await driver.start();
    const agent = new DeviceAgent({
      identity: {
        id: config.device.id,
        name: config.device.name,
        aliases: config.device.aliases ?? [],
        area: config.device.area ?? null,
        ...(config.device.vendor ? { vendor: config.device.vendor } : {}),
      },
      driver,
      mapper: new KeywordMapper(driver.description),
      mqttUrl: config.broker,
      logger: logger.child({ ns: 'agent', device: config.device.id }),
      ...(config.topicRoot ? { topics: new Topics(config.topicRoot) } : {}),
    });
    await agent.start();
    io.stdout.write(`agent ${config.device.id} (${config.device.type}) is online at ${config.broker}\n`);
    await io.untilSignal;
    await agent.stop();
    await driver.stop();
    return 0;
  },
};
