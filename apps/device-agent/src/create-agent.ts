import type { TaskPipeline } from '@meshmind/protocol';
import type { AgentBrain } from './agent-brain';
import { DeviceAgent, type DeviceAgentOptions } from './device-agent';

/**
 * Where an agent's retrieval and program generation come from: the host's shared brain (every real
 * agent), or a pipeline of its own (the centralised bench's robots run programs they are sent).
 */
export type AgentMind = { brain: AgentBrain } | { tasks: TaskPipeline };

export type CreateAgentOptions = Omit<DeviceAgentOptions, 'tasks'> & AgentMind;

/**
 * The one way to compose a device agent: its identity, its driver and the brain's pipeline for
 * its API document. The identity's name, aliases and area are read out of each subtask ("send
 * Robot 4 to charge" is about which robot, not what to do). Does no I/O beyond building or sharing
 * the retrieval index; the caller starts and stops the agent.
 */
export async function createAgent(options: CreateAgentOptions): Promise<DeviceAgent> {
  if ('tasks' in options) return new DeviceAgent(options);
  const { brain, ...agentOptions } = options;
  const { driver, identity } = agentOptions;
  return new DeviceAgent({ ...agentOptions, tasks: await brain.pipeline(driver.description, () => driver.getState(), identity) });
}
