import { stat } from 'node:fs/promises';
import { MeshmindError, toMeshmindError, type ErrorBody } from '@meshmind/protocol';
import { resolveBackend, type EngineConfig } from './engine-config';
import { LlamaEngine } from './llama-engine';
import { OpenAiEngine } from './openai-engine';

export interface ModelReport {
  ok: boolean;
  backend: 'llama' | 'openai' | 'builtin';
  /** File path or endpoint. */
  source: string;
  name?: string | null;
  architecture?: string | null;
  sizeBytes?: number;
  trainContextSize?: number;
  contextSize?: number | null;
  chatTemplate?: 'embedded' | 'none';
  chatWrapper?: string;
  models?: string[];
  loadMs?: number;
  /** A few tokens generated to prove the model answers. */
  sample?: string;
  error?: ErrorBody;
}

/** Loads the configured model (or asks the endpoint) and says what it is, or why it cannot load. */
export async function checkModel(config: EngineConfig): Promise<ModelReport> {
  const backend = resolveBackend(config);
  if (backend === 'builtin') return { ok: true, backend, source: 'builtin' };
  if (backend === 'openai') return checkEndpoint(config);
  const source = config.model ?? '';
  const startedAt = performance.now();
  const engine = new LlamaEngine({
    modelPath: source,
    contextSize: config.contextSize ?? 512,
    parallel: 1,
    ...(config.threads === undefined ? {} : { threads: config.threads }),
  });
  try {
    const file = await stat(source).catch(() => null);
    if (!file?.isFile()) throw new MeshmindError('E_MODEL_MISSING', `no model file at ${source}`);
    await engine.start();
    const loadMs = performance.now() - startedAt;
    const described = engine.describe();
    const sample = await engine.generate({ prompt: 'Hello', maxTokens: 8, temperature: 0 });
    return {
      ok: true,
      backend,
      source,
      name: described.name,
      architecture: described.architecture,
      sizeBytes: file.size,
      trainContextSize: described.trainContextSize,
      contextSize: engine.info().contextSize,
      chatTemplate: described.chatTemplate ? 'embedded' : 'none',
      chatWrapper: described.chatWrapper,
      loadMs,
      sample: sample.text,
    };
  } catch (error) {
    return { ok: false, backend, source, error: toMeshmindError(error, 'E_MODEL_MISSING').toBody() };
  } finally {
    await engine.stop();
  }
}

async function checkEndpoint(config: EngineConfig): Promise<ModelReport> {
  const source = config.endpoint ?? '';
  const startedAt = performance.now();
  try {
    const engine = new OpenAiEngine({
      endpoint: source,
      retries: 0,
      timeoutMs: config.timeoutMs ?? 30_000,
      ...(config.apiKey === undefined ? {} : { apiKey: config.apiKey }),
      ...(config.model === undefined ? {} : { model: config.model }),
    });
    const list = await engine.listModels();
    const sample = await engine.generate({ messages: [{ role: 'user', content: 'Say hello.' }], maxTokens: 8, temperature: 0 });
    return { ok: true, backend: 'openai', source, models: list.data.map((entry) => entry.id), loadMs: performance.now() - startedAt, sample: sample.text };
  } catch (error) {
    return { ok: false, backend: 'openai', source, error: toMeshmindError(error, 'E_BACKEND_UNREACHABLE').toBody() };
  }
}

/** Human-readable lines for the CLI. */
export function formatModelReport(report: ModelReport): string {
  if (!report.ok) return `cannot use ${report.source} (${report.backend}): ${report.error?.code} ${report.error?.message}\n`;
  if (report.backend === 'builtin') return 'built-in engine: no model weights; programs come from retrieval and templates\n';
  const lines = [`ok: ${report.source} (${report.backend})`];
  if (report.name !== undefined) lines.push(`name:          ${report.name ?? '(unnamed)'}`);
  if (report.architecture !== undefined) lines.push(`architecture:  ${report.architecture ?? '(unknown)'}`);
  if (report.sizeBytes !== undefined) lines.push(`size:          ${(report.sizeBytes / 1024 / 1024).toFixed(1)} MiB`);
  if (report.trainContextSize !== undefined) lines.push(`trained context: ${report.trainContextSize} tokens (using ${report.contextSize})`);
  if (report.chatTemplate !== undefined) lines.push(`chat template: ${report.chatTemplate === 'embedded' ? 'embedded in the file' : 'none in the file'} -> ${report.chatWrapper}`);
  if (report.models) lines.push(`models:        ${report.models.join(', ')}`);
  if (report.loadMs !== undefined) lines.push(`ready in:      ${Math.round(report.loadMs)} ms`);
  if (report.sample !== undefined) lines.push(`sample:        ${JSON.stringify(report.sample)}`);
  return `${lines.join('\n')}\n`;
}
