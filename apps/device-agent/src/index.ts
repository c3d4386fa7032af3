export { DeviceAgent, AGENT_VERSION } from './device-agent';
export type { DeviceAgentOptions, DeviceIdentity } from './device-agent';
export { AgentBrain } from './agent-brain';
export type { AgentBrainConfig, AgentIdentityWords, DeviceTaskFunctions } from './agent-brain';
export { describeCall } from './describe-call';
export { describeAlready } from './describe-already';
export { describeConfirmation } from './describe-confirmation';
export { AgentConfigSchema, loadAgentConfig, createDriverFromConfig } from './agent-config';
export type { AgentConfig } from './agent-config';
