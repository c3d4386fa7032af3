import { EventEmitter } from 'node:events';
import type { WorldView } from '@meshmind/protocol';

/** A simulated site the coordinator can show: its ground truth on demand and a signal on change. */
export interface WorldSource {
  view(): WorldView;
  onChange(listener: () => void): () => void;
}

export interface WorldFeedOptions {
  source: WorldSource;
  /** At most one view per this many milliseconds (default 250: four a second, smooth enough to watch). */
  intervalMs?: number;
}

export interface WorldFeedEvents {
  view: [view: WorldView];
}

const DEFAULT_INTERVAL_MS = 250;

/**
 * The world's changes, throttled for watchers: a hundred robots moving signal a change every tick,
 * but the live console needs a few views a second. A view is built only while someone listens, at
 * most once per interval, and always after the last change (the trailing edge is never dropped).
 */
export class WorldFeed extends EventEmitter<WorldFeedEvents> {
  readonly #source: WorldSource;
  readonly #intervalMs: number;
  #unsubscribe: (() => void) | undefined;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #lastSentAt = 0;

  constructor(options: WorldFeedOptions) {
    super();
    this.#source = options.source;
    this.#intervalMs = options.intervalMs ?? DEFAULT_INTERVAL_MS;
  }

  /** The world as it is now. */
  current(): WorldView {
    return this.#source.view();
  }

  start(): void {
    this.#unsubscribe ??= this.#source.onChange(() => this.#changed());
  }

  stop(): void {
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
    clearTimeout(this.#timer);
    this.#timer = undefined;
  }

  #changed(): void {
    if (this.#timer !== undefined || this.listenerCount('view') === 0) return;
    const wait = Math.max(0, this.#lastSentAt + this.#intervalMs - Date.now());
    this.#timer = setTimeout(() => {
      this.#timer = undefined;
      this.#lastSentAt = Date.now();
      if (this.listenerCount('view') > 0) this.emit('view', this.#source.view());
    }, wait);
  }
}
