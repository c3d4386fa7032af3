import { loadEngineConfig, type EngineConfig } from '@meshmind/inference';
import type { AgentBrainConfig } from '@meshmind/device-agent';
import { ensureClientToken } from '@meshmind/inference';
import { boardServerPaths } from './board-server';

export { BRAIN_OPTIONS, BRAIN_USAGE } from './command-flags';

/** The coordinator's planner engine, when one is named; the built-in planner otherwise. */
export async function plannerEngineFrom(values: { 'planner-model'?: string; 'planner-endpoint'?: string }, env: NodeJS.ProcessEnv): Promise<EngineConfig | undefined> {
  const model = values['planner-model'] ?? env.MESHMIND_PLANNER_MODEL;
  const endpoint = values['planner-endpoint'] ?? env.MESHMIND_PLANNER_ENDPOINT;
  if (!model && !endpoint) return undefined;
  return loadEngineConfig({ overrides: endpoint ? { backend: 'openai', endpoint, ...(model ? { model } : {}) } : { backend: 'llama', model } });
}

export async function brainConfigFrom(
  values: { engine?: string; model?: string; endpoint?: string; 'inference-config'?: string },
  env: NodeJS.ProcessEnv,
  cacheDir?: string,
  clientName = 'host',
): Promise<AgentBrainConfig> {
  const engine = await loadEngineConfig({
    ...(values['inference-config'] ? { file: values['inference-config'] } : {}),
    env,
    overrides: {
      ...(values.engine ? { backend: values.engine as 'llama' | 'openai' | 'builtin' } : {}),
      ...(values.model ? { model: values.model } : {}),
      ...(values.endpoint ? { endpoint: values.endpoint } : {}),
    },
  });
  // The board's own server (on a Unix socket) asks every client for its token (SECURITY.md): a
  // process writing programs through it is enrolled on its first run (`host`, or `agent.<id>`).
  // Another server or clients directory: give its token as MESHMIND_INFERENCE_API_KEY.
  if (engine.endpoint?.startsWith('unix:') && !engine.apiKey) engine.apiKey = ensureClientToken(boardServerPaths(env).clientsDirectory, clientName);
  return { engine, ...(cacheDir ? { cacheDir } : {}) };
}
