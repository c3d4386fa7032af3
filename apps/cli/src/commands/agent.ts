import { parseArgs } from 'node:util';
import { AgentBrain, Teardown, createAgent, createDriverFromConfig, loadAgentConfig } from '@meshmind/device-agent';
import { openTaskDatabase } from '@meshmind/fsm';
import { MeshmindError, Topics } from '@meshmind/protocol';
import type { CliCommand } from '../command';
import { createLogger } from '../logger';
import { BRAIN_OPTIONS, BRAIN_USAGE, brainConfigFrom } from '../brain-options';
import { resolveBoardEmbedding } from '../board-server';
import { preparePrivateDirectory } from '../data-directory';

/** How long a start that failed on a closed connection waits to learn whether the broker refused the agent's credentials. */
const REFUSAL_WAIT_MS = 5_000;

export const agentCommand: CliCommand = {
  name: 'agent',
  usage: `meshmind agent --config FILE [--data-dir DIR]
  FILE (YAML or JSON): { broker: mqtts://HOST:PORT, credentials: { username, password }, tls?: { fingerprint | caFile },
                         device: { id, type, name, aliases, area }, state?, driver?,
                         embeddingServer?: false | { endpoint?: unix:PATH | http://HOST:PORT, tokenFile? } }
               \`meshmind devices add\` on the coordinator's machine writes a ready one.
  The sentence model comes from the board's \`meshmind inference serve\` when configured (embeddingServer,
  $MESHMIND_EMBEDDING_ENDPOINT) or found at its default socket; without one, the agent loads its own.
  --data-dir   where the agent keeps its task database and retrieval index (default: .meshmind/agent-<id>)
${BRAIN_USAGE}`,
  async run(argv, io) {
    const { values } = parseArgs({ args: argv, options: { config: { type: 'string' }, 'data-dir': { type: 'string' }, ...BRAIN_OPTIONS } });
    if (!values.config) {
      io.stderr.write(`usage: ${agentCommand.usage}\n`);
      return 2;
    }
    const logger = createLogger(io.env, 'info');
    const config = await loadAgentConfig(values.config);
    const dataDirectory = values['data-dir'] ?? `.meshmind/agent-${config.device.id}`;
    // Its task history and retrieval index: its owner's only (systemd's StateDirectoryMode=0700 says the same).
    preparePrivateDirectory(dataDirectory, (message) => logger.warn(message));
    const teardown = new Teardown();
    const driver = await createDriverFromConfig(config, values.config);
    await driver.start();
    teardown.add(() => driver.stop());
    const brainConfig = await brainConfigFrom(values, io.env, `${dataDirectory}/rag`, `agent.${config.device.id}`);
    const board = resolveBoardEmbedding(config.embeddingServer, io.env, `agent.${config.device.id}`, brainConfig.engine?.endpoint);
    if (board) {
      brainConfig.embedder = { kind: 'board', endpoint: board.endpoint, token: board.token };
      // The same server writing programs too: the same identity.
      if (brainConfig.engine?.endpoint === board.endpoint && !io.env.MESHMIND_INFERENCE_API_KEY) brainConfig.engine = { ...brainConfig.engine, apiKey: board.token };
      logger.info({ endpoint: board.endpoint, found: board.source }, "sentence model: the board's inference server");
    }
    // The model gets ready (the board's server answers a first sentence, or this process loads its
    // own) while the task database and the retrieval index open; awaited before "online" below.
    const { brain, modelReady } = await AgentBrain.starting(brainConfig, logger.child({ ns: 'brain' }));
    teardown.add(() => brain.close());
    // Task snapshots survive a power cut: unfinished subtasks resume when the agent starts again.
    const database = openTaskDatabase(`${dataDirectory}/tasks.db`);
    teardown.add(() => database.close());
    let refused: () => void = () => undefined;
    const whenRefused = new Promise<void>((resolve) => (refused = resolve));
    const refusedMessage = `meshmind agent: E_UNAUTHORIZED: the broker refused the credentials of ${config.credentials.username} (revoked or replaced); enroll it again with meshmind devices add\n`;
    const agent = await createAgent({
      brain,
      identity: {
        id: config.device.id,
        name: config.device.name,
        aliases: config.device.aliases ?? [],
        area: config.device.area ?? null,
        ...(config.device.vendor ? { vendor: config.device.vendor } : {}),
        origin: config.driver ? ('driver' as const) : ('simulated' as const),
      },
      driver,
      database,
      mqttUrl: config.broker,
      credentials: config.credentials,
      onCredentialsRefused: () => refused(),
      ...(config.tls ? { tls: config.tls } : {}),
      logger: logger.child({ ns: 'agent', device: config.device.id }),
      ...(config.topicRoot ? { topics: new Topics(config.topicRoot) } : {}),
    });
    try {
      await modelReady;
    } catch (error) {
      await teardown.run().catch(() => undefined);
      throw error;
    }
    try {
      await agent.start();
    } catch (error) {
      // Revoked while starting: the broker closes the connection under a pending subscribe or
      // publish, and refuses the reconnect a moment later. That is the refusal, not a crash.
      // A coded error (a bad broker address, a refused first login) already says what went wrong.
      if (error instanceof MeshmindError) throw error;
      const closedThenRefused = await Promise.race([whenRefused.then(() => true), new Promise<false>((resolve) => setTimeout(() => resolve(false), REFUSAL_WAIT_MS).unref())]);
      if (!closedThenRefused) throw error;
      io.stderr.write(refusedMessage);
      teardown.add(() => agent.stop().catch(() => undefined));
      await teardown.run();
      return 1;
    }
    io.stdout.write(`agent ${config.device.id} (${config.device.type}) is online at ${config.broker}\n`);
    // Revoked while running: the process ends with 1 rather than knock at the broker forever.
    const outcome = await Promise.race([io.untilSignal.then(() => 'signal' as const), whenRefused.then(() => 'refused' as const)]);
    if (outcome === 'refused') {
      io.stderr.write(refusedMessage);
      // Its goodbye cannot reach a broker that refuses it.
      teardown.add(() => agent.stop().catch(() => undefined));
      await teardown.run();
      return 1;
    }
    teardown.add(() => agent.stop());
    await teardown.run();
    return 0;
  },
};
