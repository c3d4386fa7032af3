import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['**/test/**/*.test.ts'],
    exclude: ['**/node_modules/**', '**/dist/**'],
    pool: 'forks',
    // Each of the two workers runs its files one after another in one process, modules loaded once:
    // the sentence model, WordNet and the stack's modules cost about a second per file to load, and
    // 300 files paid it 300 times (libs/rag alone: 907 s isolated, 231 s not, side by side at load
    // 16). So a test file must leave nothing behind it: stacks, brokers and processes stopped in
    // afterAll, fake timers restored in afterEach, no environment variable changed for good.
    isolate: false,
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Real brokers, databases and embedders start per file; two cores run two files at a time.
    maxWorkers: 2,
  },
});
