import { availableParallelism } from 'node:os';

/**
 * llama.cpp picks more threads than a small board has cores and then crawls (measured: 4 threads on
 * 2 cores gave 1.8 tok/s, 1 thread 1,400+). One core stays free for MQTT, the agents and the sandbox.
 */
export function defaultThreads(cores: number = availableParallelism()): number {
  if (cores <= 2) return 1;
  return cores - 1;
}
