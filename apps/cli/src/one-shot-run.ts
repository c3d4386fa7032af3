import { randomUUID } from 'node:crypto';
import { dirname } from 'node:path';
import { loadSiteScenarioFile } from '@meshmind/devices';
import { MeshmindError, escapeControlCharactersInJson, stripControlCharacters } from '@meshmind/protocol';
import { scenarioWithOptions } from './scenario-options';
import type { CliIo } from './command';
import type { RunValues } from './commands/run';
import { createLogger } from './logger';
import { DEFAULT_DATABASE_PATH, DEFAULT_RAG_CACHE_DIRECTORY, DEFAULT_SCENARIO } from './paths';
import { preparePrivateDirectory } from './data-directory';
import { startStack } from './stack';
import { brainConfigFrom, plannerEngineFrom } from './brain-options';

/**
 * The body of `meshmind run` once its command line is read: the stack in process, the messages in
 * order as one conversation, the replies (or one JSON object) on stdout. Loaded by the command after
 * it has started the sentence model's worker, so these modules (broker, coordinator, agents, their
 * npm packages) load while the model does.
 */
export async function runConversation(values: RunValues, messages: string[], io: CliIo): Promise<number> {
  const logger = createLogger(io.env, 'warn');
  // The retrieval cache (and, with --broker, the master key) live in start's data directory: its owner's only.
  preparePrivateDirectory(dirname(DEFAULT_DATABASE_PATH), (message) => logger.warn(message));
  const subtaskTimeoutMs = subtaskTimeoutFrom(values.timeout);
  const scenario = scenarioWithOptions(await loadSiteScenarioFile(values.scenario ?? DEFAULT_SCENARIO), values);
  const brokerUrl = values.broker ?? io.env.MESHMIND_BROKER_URL;
  const plannerEngine = await plannerEngineFrom(values, io.env);
  const stack = await startStack({
    ...(plannerEngine ? { plannerEngine } : {}),
    // The retrieval indexes `meshmind start` and earlier runs persisted (keyed by each API document's
    // hash and the embedder): a one-sentence run then embeds no API document again.
    // The sentence model loads and warms up in a worker thread (the same vectors, on the second
    // core) while the broker, the coordinator and the agents start on this one.
    brain: { ...(await brainConfigFrom(values, io.env, DEFAULT_RAG_CACHE_DIRECTORY)), embedder: { kind: 'use-lite', thread: 'worker' } },
    agentsWhileModelLoads: true,
    // A one-shot run builds (or reads from the cache) the indexes of the devices its goals reach, not
    // the whole home's: 32 agents' indexes were the largest part of a one-sentence run's start.
    indexes: 'on-first-subtask',
    scenario,
    logger,
    // An external broker knows the identities `meshmind broker mosquitto-config` derived from the master key.
    ...(brokerUrl ? { brokerUrl, stateDirectory: '.meshmind' } : {}),
    databasePath: ':memory:',
    http: null,
    // Replies go to stdout: no HTTP API, so fastify and its plugins are never loaded.
    httpApi: false,
    subtaskTimeoutMs,
  });
  try {
    const conversationId = randomUUID();
    const replies: string[] = [];
    for (const text of messages) {
      const { finished } = stack.coordinator.goals.submit({ text, conversationId, ...(values.from ? { from: values.from } : {}) });
      const goal = await finished;
      replies.push(goal.answer ?? '');
    }
    const devices = stack.simulation.deviceStates();
    const world = stack.simulation.site?.view() ?? null;
    // Answers quote device names and agent messages: a terminal shows them, it does not obey them.
    if (values.json) io.stdout.write(`${escapeControlCharactersInJson(JSON.stringify({ replies, devices, world }, null, 2))}\n`);
    else io.stdout.write(`${replies.map((reply, index) => `> ${messages[index]}\n${stripControlCharacters(reply, { multiline: true })}`).join('\n\n')}\n`);
    return 0;
  } finally {
    await stack.stop();
  }
}

/** How long each device has to answer its subtask: `--timeout MS`, 15 s unless given. */
export function subtaskTimeoutFrom(given: string | undefined): number {
  if (given === undefined) return 15_000;
  const milliseconds = Number(given);
  if (!Number.isInteger(milliseconds) || milliseconds < 1) throw new MeshmindError('E_CONFIG_INVALID', `--timeout must be a positive whole number of milliseconds, got ${JSON.stringify(given)}`);
  return milliseconds;
}
