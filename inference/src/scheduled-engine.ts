import { MeshmindError, toMeshmindError } from '@meshmind/protocol';
import type { EmbedRequest, EngineInfo, GenerateRequest, GenerateResult, InferenceBackend, InferenceEngine } from './engine';
import { FairScheduler, type SchedulerStats } from './fair-scheduler';
import { InferenceMetrics } from './inference-metrics';

export interface ScheduledEngineOptions {
  /** Requests waiting beyond this answer E_BUSY. */
  maxQueued?: number;
  metrics?: InferenceMetrics;
}

const ANONYMOUS_CLIENT = 'anonymous';

/**
 * Puts a fair queue and metrics in front of any engine: the server wraps its engine in one, and so
 * does an in-process engine shared by several agents, so both behave the same under load.
 */
export class ScheduledEngine implements InferenceEngine {
  readonly backend: InferenceBackend;
  readonly metrics: InferenceMetrics;
  private readonly inner: InferenceEngine;
  private readonly maxQueued: number;
  private scheduler: FairScheduler | null = null;

  constructor(inner: InferenceEngine, options: ScheduledEngineOptions = {}) {
    this.inner = inner;
    this.backend = inner.backend;
    this.maxQueued = options.maxQueued ?? 64;
    this.metrics = options.metrics ?? new InferenceMetrics();
  }

  async start(): Promise<void> {
    await this.inner.start();
    this.scheduler = new FairScheduler({ concurrency: Math.max(1, this.inner.info().parallel), maxQueued: this.maxQueued });
  }

  async stop(): Promise<void> {
    this.scheduler?.cancelAll();
    this.scheduler = null;
    await this.inner.stop();
  }

  info(): EngineInfo {
    return this.inner.info();
  }

  queueStats(): SchedulerStats {
    return this.scheduler?.stats() ?? { active: 0, queued: 0, clients: 0 };
  }

  async generate(request: GenerateRequest): Promise<GenerateResult> {
    try {
      const result = await this.schedule(request.clientId, () => this.inner.generate(request), request.signal);
      this.metrics.recordCompletion(result);
      return result;
    } catch (error) {
      const coded = toMeshmindError(error);
      this.metrics.recordFailure(coded.code);
      throw coded;
    }
  }

  embed(request: EmbedRequest): Promise<number[][]> {
    return this.schedule(request.clientId, () => this.inner.embed(request), request.signal);
  }

  private schedule<T>(clientId: string | undefined, task: () => Promise<T>, signal: AbortSignal | undefined): Promise<T> {
    if (!this.scheduler) return Promise.reject(new MeshmindError('E_INTERNAL', 'the inference engine is not started: call start() first'));
    return this.scheduler.run(clientId ?? ANONYMOUS_CLIENT, task, signal);
  }
}
