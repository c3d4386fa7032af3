import Type, { type Static, type TSchema } from 'typebox';
import { DEVICE_ID_PATTERN } from '../topics';
import { ERROR_CODES, type ErrorCode } from '../errors';
import { NO_CONTROL_CHARACTERS_PATTERN } from '../text-hygiene';

export const PROTOCOL_VERSION = 1;

const DeviceId = Type.String({ pattern: DEVICE_ID_PATTERN });
const JsonObject = Type.Record(Type.String(), Type.Unknown());
/** What people read and say: a name or alias of a device, an area or a floor. It may carry no control characters. */
const Label = (options: { minLength?: number } = {}) => Type.String({ ...options, pattern: NO_CONTROL_CHARACTERS_PATTERN });

export const ErrorBodySchema = Type.Object(
  {
    code: Type.Enum(Object.keys(ERROR_CODES) as ErrorCode[]),
    message: Type.String(),
  },
  { additionalProperties: false },
);

export const FloorSchema = Type.Object(
  { id: Type.String(), name: Label(), aliases: Type.Array(Label()) },
  { additionalProperties: false },
);
export type Floor = Static<typeof FloorSchema>;

export const AreaSchema = Type.Object(
  {
    id: Type.String(),
    name: Label(),
    aliases: Type.Array(Label()),
    floor: Type.Union([FloorSchema, Type.Null()]),
  },
  { additionalProperties: false },
);
export type Area = Static<typeof AreaSchema>;

export const CapabilitySchema = Type.Object(
  {
    function: Type.String(),
    description: Type.String(),
    kind: Type.Union([Type.Literal('action'), Type.Literal('query')]),
    parameters: Type.Array(Type.String()),
    sensitive: Type.Boolean(),
  },
  { additionalProperties: false },
);
export type Capability = Static<typeof CapabilitySchema>;

/** Where a device comes from: simulated here, bridged from zigbee2mqtt or Home Assistant discovery, or a driver module on an edge board. */
export const DeviceOriginSchema = Type.Union([Type.Literal('simulated'), Type.Literal('zigbee2mqtt'), Type.Literal('ha-discovery'), Type.Literal('driver')]);
export type DeviceOrigin = Static<typeof DeviceOriginSchema>;

/** Retained on <root>/devices/<id>/profile: who the device is and what it can do. */
export const DeviceProfileSchema = Type.Object(
  {
    protocolVersion: Type.Literal(PROTOCOL_VERSION),
    id: DeviceId,
    type: Type.String(),
    name: Label({ minLength: 1 }),
    aliases: Type.Array(Label()),
    nouns: Type.Array(Type.String()),
    area: Type.Union([AreaSchema, Type.Null()]),
    vendor: Type.Optional(Type.String()),
    capabilities: Type.Array(CapabilitySchema),
    apiDocHash: Type.String({ minLength: 8 }),
    agentVersion: Type.String(),
    origin: Type.Optional(DeviceOriginSchema),
  },
  { additionalProperties: false },
);
export type DeviceProfile = Static<typeof DeviceProfileSchema>;

export const AVAILABILITY = { online: 'online', offline: 'offline' } as const;
export type Availability = (typeof AVAILABILITY)[keyof typeof AVAILABILITY];

/** Retained on <root>/devices/<id>/state after every change. */
export const DeviceStateMessageSchema = Type.Object(
  { deviceId: DeviceId, state: JsonObject, at: Type.Number() },
  { additionalProperties: false },
);
export type DeviceStateMessage = Static<typeof DeviceStateMessageSchema>;

/**
 * The one text limit, end to end: a goal may be this long, and so may any subtask the planner makes
 * of it (the coordinator refuses to plan a longer one, so no agent ever refuses a planned subtask).
 */
export const TEXT_MAX = 2000;
export const SUBTASK_TEXT_MAX = TEXT_MAX;

/** Coordinator -> agent on <root>/devices/<id>/subtasks. Natural language is the whole contract. */
export const SubtaskRequestSchema = Type.Object(
  {
    id: Type.String({ minLength: 1, maxLength: 128 }),
    goalId: Type.String({ minLength: 1, maxLength: 128 }),
    text: Type.String({ minLength: 1, maxLength: SUBTASK_TEXT_MAX }),
    /** Absolute epoch milliseconds after which the agent must give up. */
    deadline: Type.Number(),
    /** What a newer subtask does to one still running on the same device. */
    policy: Type.Optional(Type.Union([Type.Literal('queue'), Type.Literal('supersede')])),
    confirmed: Type.Optional(Type.Boolean()),
    issuedAt: Type.Number(),
  },
  { additionalProperties: false },
);
export type SubtaskRequest = Static<typeof SubtaskRequestSchema>;

export const SUBTASK_OUTCOMES = ['done', 'failed', 'not_executable', 'needs_confirmation'] as const;
export type SubtaskOutcome = (typeof SUBTASK_OUTCOMES)[number];

export const ApiCallRecordSchema = Type.Object(
  { function: Type.String(), arguments: JsonObject, result: Type.Optional(Type.Unknown()) },
  { additionalProperties: false },
);
export type ApiCallRecord = Static<typeof ApiCallRecordSchema>;

export const SubtaskResultSchema = Type.Object(
  {
    deviceId: DeviceId,
    goalId: Type.String(),
    outcome: Type.Enum(SUBTASK_OUTCOMES),
    /** One plain sentence for the person: what was done, or why not. */
    message: Type.String(),
    state: JsonObject,
    calls: Type.Array(ApiCallRecordSchema),
    /** A reading, for query subtasks ("what is the temperature"). */
    value: Type.Optional(Type.Unknown()),
    /** The closest API functions when the subtask was not executable. */
    candidates: Type.Optional(Type.Array(Type.String())),
    error: Type.Optional(ErrorBodySchema),
  },
  { additionalProperties: false },
);
export type SubtaskResult = Static<typeof SubtaskResultSchema>;

/** The response envelope of the conventions: { status, data | error, id }. */
export function EnvelopeSchema<T extends TSchema>(data: T) {
  return Type.Union([
    Type.Object({ status: Type.Literal('ok'), id: Type.String(), data }, { additionalProperties: false }),
    Type.Object(
      { status: Type.Literal('error'), id: Type.Union([Type.String(), Type.Null()]), error: ErrorBodySchema },
      { additionalProperties: false },
    ),
  ]);
}

/** The most stages one progress message carries before its latest one (a task has about eight). */
export const PROGRESS_EARLIER_MAX = 16;

/**
 * `elapsed`: milliseconds since the task's first stage in this run of the agent, read from a
 * monotonic clock with sub-millisecond resolution (`performance.now()`); `at` is the wall clock
 * (whole milliseconds on most systems, and it may step), for showing when. A stage's duration is
 * the difference of two `elapsed`; optional, so an older agent's progress still parses.
 */
const ElapsedSchema = Type.Optional(Type.Number({ minimum: 0 }));

const PassedStageSchema = Type.Object(
  { stage: Type.String(), at: Type.Number(), elapsed: ElapsedSchema, detail: Type.Optional(Type.String()) },
  { additionalProperties: false },
);
export type PassedStage = Static<typeof PassedStageSchema>;

/**
 * The MQTT 5 user property a coordinator sets on a subtask (value "1") when it reads a report's
 * `stages`. An agent sends a finished task's last stages inside its report only when the subtask
 * carried it: the report's schema is closed, so an older coordinator would drop such a report, and
 * an older agent never reads the property.
 */
export const REPORT_STAGES_PROPERTY = 'meshmind-report-stages';

/**
 * Agent -> coordinator on <root>/devices/<id>/reports (or the request's MQTT 5 response topic).
 * `stages`: the stages the task passed since its last progress message, oldest first, when the
 * subtask asked for them (REPORT_STAGES_PROPERTY): one message fewer per task than a progress
 * message sent just ahead of the report, which is where a task that runs in one go sent them.
 */
export const SubtaskReportSchema = Type.Union([
  Type.Object(
    {
      status: Type.Literal('ok'),
      id: Type.String(),
      data: SubtaskResultSchema,
      stages: Type.Optional(Type.Array(PassedStageSchema, { minItems: 1, maxItems: PROGRESS_EARLIER_MAX + 1 })),
    },
    { additionalProperties: false },
  ),
  Type.Object({ status: Type.Literal('error'), id: Type.Union([Type.String(), Type.Null()]), error: ErrorBodySchema }, { additionalProperties: false }),
]);
export type SubtaskReport = Static<typeof SubtaskReportSchema>;

/**
 * Agent -> coordinator on <root>/devices/<id>/progress: the stage a task is at now. `earlier` holds
 * the stages it passed since the agent's previous progress message for it, oldest first: an agent
 * sends what one turn of its event loop saw as one message (a task that runs in one go would
 * otherwise send eight, all arriving together just ahead of its report).
 */
export const SubtaskProgressSchema = Type.Object(
  {
    id: Type.String(),
    goalId: Type.String(),
    deviceId: DeviceId,
    stage: Type.String(),
    at: Type.Number(),
    elapsed: ElapsedSchema,
    detail: Type.Optional(Type.String()),
    earlier: Type.Optional(Type.Array(PassedStageSchema, { maxItems: PROGRESS_EARLIER_MAX })),
  },
  { additionalProperties: false },
);
export type SubtaskProgress = Static<typeof SubtaskProgressSchema>;
