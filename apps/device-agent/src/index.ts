export { DeviceAgent, AGENT_VERSION } from './device-agent';
export type { DeviceAgentOptions, DeviceIdentity } from './device-agent';
export { executeSubtask, unmetEffects } from './execute-subtask';
export type { SubtaskMapper, MappingResult, MappedCall } from './subtask-mapper';
export { KeywordMapper } from './keyword-mapper';
export { describeCall } from './describe-call';
export { AgentConfigSchema, loadAgentConfig, createDriverFromConfig } from './agent-config';
export type { AgentConfig } from './agent-config';
