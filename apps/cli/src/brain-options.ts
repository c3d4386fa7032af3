import { loadEngineConfig, type EngineConfig } from '@meshmind/inference';
import type { AgentBrainConfig } from '@meshmind/device-agent';
import { ensureClientToken } from '@meshmind/inference';
import { boardServerPaths } from './board-server';

/** Flags shared by the commands that host agents: which engine writes their programs. */
export const BRAIN_OPTIONS = {
  engine: { type: 'string' },
  model: { type: 'string' },
  endpoint: { type: 'string' },
  'inference-config': { type: 'string' },
  'planner-model': { type: 'string' },
  'planner-endpoint': { type: 'string' },
} as const;

export const BRAIN_USAGE = `  --engine     builtin (default, no weights) | llama (a GGUF in this process) | openai (a server)
  --model      GGUF file (llama) or model name (openai); or $MESHMIND_INFERENCE_MODEL
  --endpoint   OpenAI-compatible server, http(s)://HOST:PORT/v1 or unix:/path.sock (our \`meshmind inference serve\`)
  --inference-config  JSON file with the engine settings (threads, contextSize, ...)
  --planner-model     a GGUF for the coordinator's planner (or $MESHMIND_PLANNER_MODEL); default the built-in planner
  --planner-endpoint  an OpenAI-compatible server for the planner (or $MESHMIND_PLANNER_ENDPOINT), e.g. a cloud model`;

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
