import { SUBTASK_TEXT_MAX, safeParseJson, type DeviceDescription, type MappedCall, type Program, type TaskPipeline } from '@meshmind/protocol';
import type { AgentBrain } from '@meshmind/device-agent';
import type { Plan, PlanContext, Planner, PlannerDevice } from '@meshmind/coordinator';

/**
 * The centralised baseline (LLMind 1.0's shape): the coordinator holds every vendor's API document
 * and writes every robot's program itself, one after another, with the same retrieval and program
 * generation the agents use; robots only run what they are sent. Plans and allocation are the
 * same as in the distributed mode, so the two differ only in where, and how serially, the thinking
 * happens, and in what travels (programs instead of sentences).
 */

const PROGRAM_PREFIX = 'PROGRAM ';
const NOT_EXECUTABLE_PREFIX = 'NOT_EXECUTABLE ';

export class CentralisedPlanner implements Planner {
  readonly #tasks = new Map<string, Promise<TaskPipeline>>();

  constructor(
    private readonly inner: Planner,
    private readonly brain: AgentBrain,
    /** Every robot type's API document, as the central LLM of LLMind 1.0 had them all. */
    private readonly descriptions: ReadonlyMap<string, DeviceDescription>,
  ) {}

  async plan(text: string, devices: PlannerDevice[], context: PlanContext): Promise<Plan> {
    const plan = await this.inner.plan(text, devices, context);
    if (plan.kind !== 'steps') return plan;
    const typeOf = new Map(devices.map((device) => [device.id, device.type]));
    const controller = new AbortController();
    // One central generator: each robot's program is written after the previous one.
    for (const step of plan.steps) {
      const description = this.descriptions.get(typeOf.get(step.deviceId) ?? '');
      if (!description) continue;
      const tasks = await this.#tasksFor(description);
      const subtask = { id: step.id, goalId: 'central', text: step.text, deadline: Date.now() + 60_000, issuedAt: Date.now() };
      const mapping = await tasks.mapper.map(subtask, controller.signal);
      if (mapping.kind !== 'call') {
        step.text = `${NOT_EXECUTABLE_PREFIX}${mapping.reason}`.slice(0, SUBTASK_TEXT_MAX);
        continue;
      }
      const generated = await tasks.generator.generate({ subtask, mapping, functions: description.functions, state: {}, previousAttempts: [] }, controller.signal);
      step.text = `${PROGRAM_PREFIX}${JSON.stringify(generated.program)}`.slice(0, SUBTASK_TEXT_MAX);
    }
    return plan;
  }

  #tasksFor(description: DeviceDescription): Promise<TaskPipeline> {
    let tasks = this.#tasks.get(description.type);
    if (!tasks) {
      // The central writer sees no live device state (it plans from documents, as LLMind 1.0 did).
      tasks = this.brain.pipeline(description, () => ({}));
      this.#tasks.set(description.type, tasks);
    }
    return tasks;
  }
}

/** A robot agent in the centralised mode: no retrieval, no generation; it runs the program it was sent. */
export function programCarryingTasks(description: DeviceDescription): TaskPipeline {
  const programOf = (text: string): Program | null => {
    if (!text.startsWith(PROGRAM_PREFIX)) return null;
    const parsed = safeParseJson(text.slice(PROGRAM_PREFIX.length));
    return parsed.ok && typeof parsed.value === 'object' && parsed.value !== null ? (parsed.value as Program) : null;
  };
  const mapper: TaskPipeline['mapper'] = {
    async map(subtask) {
      const program = programOf(subtask.text);
      if (!program || !Array.isArray(program.steps)) {
        const reason = subtask.text.startsWith(NOT_EXECUTABLE_PREFIX) ? subtask.text.slice(NOT_EXECUTABLE_PREFIX.length) : 'the coordinator sent no program';
        return { kind: 'not_executable', reason, candidates: [] };
      }
      const calls: MappedCall[] = program.steps.flatMap((step) =>
        step.op === 'call' && description.functions.some((fn) => fn.name === step.function) ? [{ function: step.function, arguments: { ...(step.args as Record<string, unknown>) }, confidence: 1 }] : [],
      );
      if (calls.length === 0) return { kind: 'not_executable', reason: 'the program calls nothing this robot has', candidates: [] };
      return { kind: 'call', calls, candidates: [] };
    },
  };
  return { mapper, generator: { generate: async (request) => ({ program: programOf(request.subtask.text) }) } };
}
