export { systemClock, createManualClock } from './clock';
export type { Clock, ManualClock } from './clock';
export type {
  TaskDeviceDriver,
  TaskCallOptions,
  RequestedCall,
  CallIntent,
  PreparedProgram,
  ExecutionOutcome,
  StateDifference,
  VerificationOutcome,
} from './types';
export { checkSource, SOURCE_MAX_LENGTH } from './source-checker';
export type { CheckedSource } from './source-checker';
export { checkProgram, renderProgram, prepareProgram, prepareSource, prepareGenerated } from './program-checker';
export { Sandbox, DEFAULT_SANDBOX_LIMITS } from './sandbox';
export type { SandboxLimits, SandboxOptions, SandboxRunOptions } from './sandbox';
export { SandboxModulePool, processSandboxModules, DEFAULT_MAX_IDLE_SANDBOX_MODULES } from './sandbox-module-pool';
export type { SandboxModulePoolOptions, SandboxModulePoolStats } from './sandbox-module-pool';
export { expectedState, compareState, describeDifferences, verifyEffects } from './verification';
export type { VerifyOptions } from './verification';
export { taskMachine, TASK_MACHINE_VERSION, DEFAULT_MAX_ATTEMPTS } from './task-machine';
export type {
  TaskMachine,
  TaskMachineInput,
  TaskContext,
  TaskEvent,
  TaskStateName,
  MapStageInput,
  GenerateStageInput,
  GenerateStageOutput,
  ValidateStageInput,
  ExecuteStageInput,
  VerifyStageInput,
  AdmitStageInput,
  AdmitStageOutput,
} from './task-machine';
export { STAGE_BY_STATE, taskMessage, buildSubtaskResult, recoveryNotes } from './task-result';
export { resolveCall, reconcileIntent } from './call-intent';
export type { ResolvedCall, Reconciliation } from './call-intent';
export { openTaskDatabase } from './database';
export type { TaskDatabase } from './database';
export { agentEpochMemory, type EpochMemory } from './agent-epochs';
export { TaskStore } from './task-store';
export type { StoredTask } from './task-store';
export { ExperienceCache, experienceKey } from './experience-cache';
export { TaskRunner } from './task-runner';
export { FINISHED_TASK_RETENTION_MS } from './finished-task-retention';
export type { TaskRunnerOptions, TaskResultDetails } from './task-runner';
