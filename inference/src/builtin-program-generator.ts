import type { DeviceDescription, GeneratedProgram, GenerationRequest, MappedCall, Program, ProgramGenerator, ProgramStep } from '@meshmind/protocol';

const RESULT_VARIABLE = 'result';

/** The mapped calls in order as a program; the last query call's value is what the program returns. */
export function programFromCalls(calls: readonly Pick<MappedCall, 'function' | 'arguments'>[], isQuery: (name: string) => boolean): Program {
  const lastQuery = calls.map((call) => isQuery(call.function)).lastIndexOf(true);
  const steps: ProgramStep[] = calls.map((call, index) => ({
    op: 'call' as const,
    function: call.function,
    args: call.arguments,
    ...(index === lastQuery ? { saveAs: RESULT_VARIABLE } : {}),
  }));
  return { steps, ...(lastQuery >= 0 ? { returns: RESULT_VARIABLE } : {}) };
}

/**
 * Programs without a language model: retrieval has already chosen the calls and read their
 * arguments, and this template runs them in order. Works on any board, with no weights. The task
 * machine checks the program like any other before it runs.
 */
export class BuiltinProgramGenerator implements ProgramGenerator {
  private readonly description: DeviceDescription;

  constructor(options: { description: DeviceDescription }) {
    this.description = options.description;
  }

  async generate(request: GenerationRequest): Promise<GeneratedProgram> {
    const isQuery = (name: string) => this.description.functions.find((fn) => fn.name === name)?.kind === 'query';
    return { program: programFromCalls(request.mapping.calls, isQuery), generator: 'builtin' };
  }
}
