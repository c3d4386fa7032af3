import { MeshmindError, type Condition, type Program, type ProgramStep } from '@meshmind/protocol';
import { checkProgram, programConstraint, type GenerateProgramRequest, type GeneratedProgram, type ProgramGenerator, type RetrievedFunction } from './program-generator';

/** One call the extractor found in the subtask, with arguments read from its words. */
export interface ExtractedCall {
  function: string;
  args: Record<string, unknown>;
}

/**
 * What schema-guided extraction reads from a subtask. The templates below turn it into a program:
 * an optional delay, then the calls, optionally repeated with a pause, optionally under a condition.
 */
export interface ProgramExtraction {
  calls: ExtractedCall[];
  /** "in 10 minutes ...": wait this long first. */
  delaySeconds?: number;
  /** "blink three times": run the calls this often, pausing in between. */
  repeat?: { times: number; intervalSeconds?: number };
  /** "if the door is open, close it". */
  condition?: Condition;
}

/** Reads a subtask against candidate functions without a language model; the retrieval library provides one. */
export interface ProgramExtractor {
  extract(request: { subtask: string; functions: RetrievedFunction[]; state: Record<string, unknown>; signal?: AbortSignal }): Promise<ProgramExtraction>;
}

const RESULT_VARIABLE = 'result';

/** Builds the program for an extraction; the last query call's value is what the program returns. */
export function programFromExtraction(extraction: ProgramExtraction, isQuery: (name: string) => boolean): Program {
  const lastQuery = extraction.calls.map((call) => isQuery(call.function)).lastIndexOf(true);
  let body: ProgramStep[] = extraction.calls.map((call, index) => ({
    op: 'call' as const,
    function: call.function,
    args: call.args,
    ...(index === lastQuery ? { saveAs: RESULT_VARIABLE } : {}),
  }));
  if (extraction.repeat && extraction.repeat.times > 1) {
    const pause: ProgramStep[] = extraction.repeat.intervalSeconds ? [{ op: 'wait', seconds: extraction.repeat.intervalSeconds }] : [];
    body = [{ op: 'repeat', times: extraction.repeat.times, steps: [...body, ...pause] }];
  }
  if (extraction.condition) body = [{ op: 'if', condition: extraction.condition, then: body }];
  const steps: ProgramStep[] = extraction.delaySeconds ? [{ op: 'wait', seconds: extraction.delaySeconds }, ...body] : body;
  return { steps, ...(lastQuery >= 0 ? { returns: RESULT_VARIABLE } : {}) };
}

/** Programs from templates over an injected extractor: works on any board, with no weights. */
export class BuiltinProgramGenerator implements ProgramGenerator {
  private readonly extractor: ProgramExtractor;
  private readonly topK: number;

  constructor(options: { extractor: ProgramExtractor; topK?: number }) {
    this.extractor = options.extractor;
    this.topK = options.topK ?? 5;
  }

  async generateProgram(request: GenerateProgramRequest): Promise<GeneratedProgram> {
    const candidates = request.functions.slice(0, this.topK);
    if (candidates.length === 0) throw new MeshmindError('E_NOT_EXECUTABLE', 'no API function was retrieved for this subtask');
    const extraction = await this.extractor.extract({
      subtask: request.subtask,
      functions: candidates,
      state: request.state,
      ...(request.signal ? { signal: request.signal } : {}),
    });
    if (extraction.calls.length === 0) throw new MeshmindError('E_NOT_EXECUTABLE', `no function of this device matches "${request.subtask}"`);
    const byName = new Map(candidates.map((entry) => [entry.function.name, entry.function]));
    const program = programFromExtraction(extraction, (name) => byName.get(name)?.kind === 'query');
    const checked = checkProgram(program, programConstraint(candidates.map((entry) => entry.function), Object.keys(request.state)));
    if (!checked.ok) throw new MeshmindError('E_NOT_EXECUTABLE', `the extracted program is invalid: ${checked.error.message}`, { cause: checked.error });
    return { program: checked.value, source: 'builtin' };
  }
}
