/**
 * Cleanups registered where things start, run once in reverse order (as fastify's onClose): the
 * part that started last stops first, and nobody keeps a second list of what to stop.
 */
export class Teardown {
  private readonly steps: Array<() => unknown> = [];

  add(step: () => unknown): void {
    this.steps.push(step);
  }

  /** Runs every step once, last first. A step that fails does not keep the others from running; the first failure is thrown at the end. */
  async run(): Promise<void> {
    let failure: { error: unknown } | undefined;
    for (const step of this.steps.splice(0).reverse()) {
      try {
        await step();
      } catch (error) {
        failure ??= { error };
      }
    }
    if (failure) throw failure.error;
  }
}
