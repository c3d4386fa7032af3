export { ERROR_CODES, MeshmindError, isErrorCode, isMeshmindError, toMeshmindError, httpStatusOf } from './errors';
export type { ErrorCode, ErrorBody } from './errors';
export { safeParseJson } from './json';
export { cacheStatements } from './statement-cache';
export { NO_CONTROL_CHARACTERS_PATTERN, hasControlCharacters, stripControlCharacters, escapeControlCharactersInJson } from './text-hygiene';
export type { StripControlOptions } from './text-hygiene';
export type { JsonValue, ParseResult } from './json';
export { createValidator } from './validate';
export type { PayloadValidator } from './validate';
export { Topics, DEFAULT_TOPIC_ROOT, DEVICE_CHANNELS, DEVICE_ID_PATTERN, isValidTopicSegment, assertPublishableTopic } from './topics';
export type { DeviceChannel } from './topics';
export {
  ValueTypeSchema,
  StateFieldSpecSchema,
  ParameterSpecSchema,
  EffectSpecSchema,
  ApiFunctionSpecSchema,
  DeviceDescriptionSchema,
} from './schemas/device-description';
export type { ValueType, StateFieldSpec, ParameterSpec, EffectSpec, ApiFunctionSpec, DeviceDescription } from './schemas/device-description';
export type { LlmindApiEntry } from './schemas/llmind-document';
export {
  PROTOCOL_VERSION,
  ErrorBodySchema,
  FloorSchema,
  AreaSchema,
  CapabilitySchema,
  DeviceProfileSchema,
  DeviceOriginSchema,
  AVAILABILITY,
  DeviceStateMessageSchema,
  SUBTASK_TEXT_MAX,
  SubtaskRequestSchema,
  SUBTASK_OUTCOMES,
  ApiCallRecordSchema,
  SubtaskResultSchema,
  EnvelopeSchema,
  SubtaskReportSchema,
  SubtaskProgressSchema,
  PROGRESS_EARLIER_MAX,
  REPORT_STAGES_PROPERTY,
} from './schemas/messages';
export type {
  Floor,
  Area,
  Capability,
  DeviceProfile,
  DeviceOrigin,
  Availability,
  DeviceStateMessage,
  SubtaskRequest,
  SubtaskOutcome,
  ApiCallRecord,
  SubtaskResult,
  SubtaskReport,
  SubtaskProgress,
  PassedStage,
} from './schemas/messages';
export {
  GOAL_TEXT_MAX,
  GoalRequestSchema,
  CONVERSATION_KEY_HEADER,
  GOAL_STATUSES,
  SUBTASK_STATUSES,
  SubtaskViewSchema,
  ScheduledSubtaskSchema,
  GoalViewSchema,
  DeviceViewSchema,
  ErrorResponseSchema,
} from './schemas/http';
export type { GoalRequest, GoalStatus, ScheduledSubtask, SubtaskStatus, SubtaskView, GoalView, DeviceView, ErrorResponse } from './schemas/http';
export { argumentsSchema, validateCallArguments } from './arguments';
export { apiDocHash, canonicalJson } from './api-doc-hash';
export { MESSAGE_VALIDATORS } from './validators';
export { AvailabilityMessageSchema, AvailabilityClock, readAvailability, isLaterAvailability, type EpochSource } from './availability';
export type { AvailabilityMessage, AvailabilityOrder, ReadAvailability } from './availability';
export { programSchema, PROGRAM_MAX_DEPTH, PROGRAM_MAX_STEPS, PROGRAM_MAX_REPEAT, PROGRAM_MAX_WAIT_SECONDS } from './schemas/program';
export type { Program, ProgramStep, Condition, Operand, ComparisonOperator, ProgramSchemaOptions } from './schemas/program';
export { closeMqtt, connectMqtt, publishIfConnected, publishMessage, SESSION_EXPIRY_SECONDS, SUBTASK_COPY_HORIZON_MS } from './mqtt-connection';
export type { LocalStreamOpener, MqttConnectOptions, MqttCredentials, MqttProtocolVersion, PublishOptions } from './mqtt-connection';
export { SNAPSHOT_GOAL_LIMIT, SnapshotEventSchema, DeviceEventSchema, GoalEventSchema } from './schemas/events';
export {
  WIFI_BAND_NAMES,
  WarehouseShelfViewSchema,
  WarehouseRobotViewSchema,
  WarehouseWorldViewSchema,
  NetworkClientViewSchema,
  NetworkWorldViewSchema,
  WorldViewSchema,
  WorldEventSchema,
} from './schemas/world';
export type { WarehouseWorldView, NetworkWorldView, WorldView } from './schemas/world';
export { AccessPolicy, COORDINATOR_USERNAME, agentClientId, clientIdMatches, principalOf, topicMatchesFilter, usernameOf } from './access';
export type { AccessRight, AccessRule, Principal } from './access';
export { normaliseFingerprint } from './mqtt-tls';
export type { MqttTlsOptions } from './mqtt-tls';
export type {
  DeviceStateValues,
  Embedder,
  MappedCall,
  CallMapping,
  NotExecutableMapping,
  MappingResult,
  SubtaskMapper,
  PreviousAttempt,
  GenerationRequest,
  GeneratedProgram,
  ProgramGenerator,
  TaskPipeline,
} from './task-contract';
export { isLoopbackHost, normalizeHost } from './loopback';
export { ensurePrivateDirectory, isInsideDirectory, restrictDatabaseFiles, restrictDirectoryFiles, PRIVATE_DIRECTORY_MODE, PRIVATE_FILE_MODE } from './private-files';
export type { PrivateDirectoryOutcome } from './private-files';
