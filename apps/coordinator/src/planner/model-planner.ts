import Type from 'typebox';
import type { Logger } from 'pino';
import { createValidator, isMeshmindError } from '@meshmind/protocol';
import type { InferenceEngine } from '@meshmind/inference';
import type { Plan, PlanContext, PlanStep, Planner, PlannerDevice } from './planner';

const MAX_STEPS = 24;

/** What the model must produce: steps addressed to known devices, dependencies by step number. */
function planOutputSchema(deviceIds: string[]) {
  return Type.Object(
    {
      steps: Type.Array(
        Type.Object(
          {
            device: Type.Union(deviceIds.map((id) => Type.Literal(id))),
            text: Type.String({ minLength: 3, maxLength: 200 }),
            after: Type.Array(Type.Integer({ minimum: 1, maximum: MAX_STEPS }), { maxItems: 8 }),
          },
          { additionalProperties: false },
        ),
        { maxItems: MAX_STEPS },
      ),
    },
    { additionalProperties: false },
  );
}

function describeDevices(devices: PlannerDevice[]): string {
  return devices
    .map((device) => {
      const place = device.area ? `${device.area.name}${device.area.floor ? `, ${device.area.floor.name}` : ''}` : 'no area';
      const aliases = device.aliases.length > 0 ? ` (also: ${device.aliases.join(', ')})` : '';
      const can = device.capabilities.map((capability) => capability.function).join(', ');
      return `- ${device.id}: ${device.name}${aliases}; ${device.type} in ${place}; can: ${can}`;
    })
    .join('\n');
}

/**
 * A planner backed by a language model (a local GGUF or an OpenAI-compatible server). Its output is
 * constrained by a JSON schema whose device field only admits known device ids, then validated
 * again; on any failure the built-in planner answers instead, so a weak model never breaks a goal.
 */
export class ModelPlanner implements Planner {
  constructor(
    private readonly options: { engine: InferenceEngine; fallback: Planner; logger: Logger; maxTokens?: number; timeoutMs?: number },
  ) {}

  async plan(text: string, devices: PlannerDevice[], context: PlanContext): Promise<Plan> {
    // A follow-up to a question the assistant asked is the built-in planner's bookkeeping.
    if (context.pendingClarification || devices.length === 0) return this.options.fallback.plan(text, devices, context);
    const schema = planOutputSchema(devices.map((device) => device.id));
    const validator = createValidator(schema, 'E_INVALID_MODEL_OUTPUT');
    const origin = context.fromAreaId ? `The person speaks from the area "${context.fromAreaId}".` : '';
    const previous = context.lastDeviceIds?.length ? `The previous request was about: ${context.lastDeviceIds.join(', ')}.` : '';
    try {
      const result = await this.options.engine.generate({
        messages: [
          {
            role: 'system',
            content:
              'You coordinate the devices of a place. Split the person\'s request into short subtasks, one sentence each, ' +
              'each addressed to exactly one device by its id, in the person\'s words. Use "after" (step numbers, from 1) ' +
              'when a step must wait for earlier ones. Only use devices from this list.\n' +
              describeDevices(devices),
          },
          { role: 'user', content: [origin, previous, text].filter(Boolean).join('\n') },
        ],
        jsonSchema: JSON.parse(JSON.stringify(schema)) as Record<string, unknown>,
        maxTokens: this.options.maxTokens ?? 512,
        temperature: 0,
        timeoutMs: this.options.timeoutMs ?? 30_000,
      });
      const parsed = validator.parse(result.text);
      if (!parsed.ok) throw parsed.error;
      const steps: PlanStep[] = parsed.value.steps.map((step, index) => ({
        id: `s${index + 1}`,
        deviceId: step.device,
        text: step.text,
        after: [...new Set(step.after.filter((number) => number <= index).map((number) => `s${number}`))],
      }));
      if (steps.length === 0) throw new Error('the model planned no step');
      return { kind: 'steps', steps, unresolved: [] };
    } catch (error) {
      this.options.logger.warn({ err: isMeshmindError(error) ? error.toBody() : String(error) }, 'model plan unusable; the built-in planner answers');
      return this.options.fallback.plan(text, devices, context);
    }
  }
}
