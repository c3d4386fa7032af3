import { MeshmindError, safeParseJson, type GeneratedProgram, type GenerationRequest, type ProgramGenerator } from '@meshmind/protocol';
import type { InferenceEngine } from './engine';
import { buildProgramMessages } from './program-prompt';
import { checkProgram, programConstraint } from './program-generator';

export interface ModelProgramGeneratorOptions {
  engine: InferenceEngine;
  /** How many retrieved functions the prompt offers (and the grammar allows). */
  topK?: number;
  maxTokens?: number;
  temperature?: number;
  timeoutMs?: number;
  clientId?: string;
}

/**
 * Writes programs with a language model. The output is constrained by the program's JSON schema
 * built from the retrieved functions, so the model can only call those, with their argument
 * shapes; what a grammar cannot enforce is checked here and answered with E_INVALID_MODEL_OUTPUT.
 */
export class ModelProgramGenerator implements ProgramGenerator {
  private readonly options: ModelProgramGeneratorOptions;

  constructor(options: ModelProgramGeneratorOptions) {
    this.options = options;
  }

  async generate(request: GenerationRequest, signal?: AbortSignal): Promise<GeneratedProgram> {
    const topK = this.options.topK ?? 5;
    const offered = request.functions.slice(0, topK);
    if (offered.length === 0) throw new MeshmindError('E_NOT_EXECUTABLE', 'no API function was retrieved for this subtask');
    const constraint = programConstraint(offered, Object.keys(request.state));
    const result = await this.options.engine.generate({
      messages: buildProgramMessages(request, topK),
      jsonSchema: constraint.schema,
      maxTokens: this.options.maxTokens ?? 384,
      temperature: this.options.temperature ?? 0,
      ...(signal ? { signal } : {}),
      ...(this.options.timeoutMs === undefined ? {} : { timeoutMs: this.options.timeoutMs }),
      ...(this.options.clientId === undefined ? {} : { clientId: this.options.clientId }),
    });
    const raw = result.text;
    const decoded = safeParseJson(raw);
    if (!decoded.ok) {
      const why = result.finishReason === 'length' ? 'the model ran out of tokens before the program ended' : decoded.error.message;
      throw new MeshmindError('E_INVALID_MODEL_OUTPUT', `the model's program is not JSON: ${why}`, { cause: decoded.error, details: { raw } });
    }
    const checked = checkProgram(decoded.value, constraint);
    if (!checked.ok) {
      throw new MeshmindError('E_INVALID_MODEL_OUTPUT', `the model's program is invalid: ${checked.error.message}`, { cause: checked.error, details: { raw } });
    }
    return { program: checked.value, generator: 'model', raw };
  }
}
