import type { GenerateResult } from './engine';

export interface MetricsSnapshot {
  requests: { completed: number; failed: number; cancelled: number; busy: number };
  tokens: { prompt: number; completion: number };
  /** Completion tokens per second over the last `windowSeconds` (aggregate across clients). */
  tokensPerSecond: number;
  /** Mean per-request decode rate over recent requests. */
  requestTokensPerSecond: number;
  timeToFirstTokenMs: { mean: number | null; p50: number | null; p95: number | null };
  windowSeconds: number;
}

const RECENT_LIMIT = 256;

function percentile(sorted: number[], fraction: number): number | null {
  if (sorted.length === 0) return null;
  return sorted[Math.min(sorted.length - 1, Math.floor(fraction * sorted.length))] ?? null;
}

/** Counters of the shared engine, for /metrics and the bench. Time comes from an injected clock. */
export class InferenceMetrics {
  private readonly now: () => number;
  private readonly windowMs: number;
  private readonly counts = { completed: 0, failed: 0, cancelled: 0, busy: 0 };
  private readonly tokens = { prompt: 0, completion: 0 };
  private readonly recent: Array<{ at: number; tokens: number; ttft: number | null; rate: number | null }> = [];

  constructor(options: { now?: () => number; windowSeconds?: number } = {}) {
    this.now = options.now ?? (() => performance.now());
    this.windowMs = (options.windowSeconds ?? 60) * 1000;
  }

  recordCompletion(result: GenerateResult): void {
    this.counts.completed += 1;
    this.tokens.prompt += result.usage.promptTokens;
    this.tokens.completion += result.usage.completionTokens;
    const decodeMs = result.durationMs - (result.timeToFirstTokenMs ?? 0);
    const rate = result.usage.completionTokens > 1 && decodeMs > 0 ? ((result.usage.completionTokens - 1) * 1000) / decodeMs : null;
    this.recent.push({ at: this.now(), tokens: result.usage.completionTokens, ttft: result.timeToFirstTokenMs, rate });
    if (this.recent.length > RECENT_LIMIT) this.recent.shift();
  }

  recordFailure(code: string): void {
    if (code === 'E_CANCELLED') this.counts.cancelled += 1;
    else if (code === 'E_BUSY') this.counts.busy += 1;
    else this.counts.failed += 1;
  }

  snapshot(): MetricsSnapshot {
    const now = this.now();
    const inWindow = this.recent.filter((entry) => now - entry.at <= this.windowMs);
    const oldest = inWindow[0]?.at;
    const spanMs = oldest === undefined ? 0 : Math.max(now - oldest, 1000);
    const windowTokens = inWindow.reduce((sum, entry) => sum + entry.tokens, 0);
    const ttfts = this.recent.flatMap((entry) => (entry.ttft === null ? [] : [entry.ttft])).sort((a, b) => a - b);
    const rates = this.recent.flatMap((entry) => (entry.rate === null ? [] : [entry.rate]));
    return {
      requests: { ...this.counts },
      tokens: { ...this.tokens },
      tokensPerSecond: spanMs === 0 ? 0 : (windowTokens * 1000) / spanMs,
      requestTokensPerSecond: rates.length === 0 ? 0 : rates.reduce((sum, rate) => sum + rate, 0) / rates.length,
      timeToFirstTokenMs: {
        mean: ttfts.length === 0 ? null : ttfts.reduce((sum, value) => sum + value, 0) / ttfts.length,
        p50: percentile(ttfts, 0.5),
        p95: percentile(ttfts, 0.95),
      },
      windowSeconds: this.windowMs / 1000,
    };
  }
}
