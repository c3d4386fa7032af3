import type { CliCommand } from './command';

/**
 * One subcommand as `meshmind --help` lists it. Its module is imported only when it runs, so a
 * command pays for the libraries it uses alone: `meshmind agent` on a board loads no coordinator,
 * HTTP server or broker, and `meshmind --help` loads none of them (see BENCHMARKS.md, cold start).
 */
export interface CommandEntry {
  name: string;
  summary: string;
  load(): Promise<CliCommand>;
}

export const COMMANDS: readonly CommandEntry[] = [
  { name: 'start', summary: 'Start the broker, the coordinator and the simulated devices of a scenario', load: async () => (await import('./commands/start')).startCommand },
  { name: 'chat', summary: 'Send a goal to a running coordinator, show its progress and print the answer', load: async () => (await import('./commands/chat')).chatCommand },
  { name: 'run', summary: 'One-shot: start everything in process, say each message in order, print the outcome', load: async () => (await import('./commands/run')).runCommand },
  { name: 'agent', summary: 'Run exactly one device agent, as on an edge board next to its device', load: async () => (await import('./commands/agent')).agentCommand },
  { name: 'devices', summary: 'Enroll a device agent (credentials + a ready config), revoke one, or list identities', load: async () => (await import('./commands/devices')).devicesCommand },
  {
    name: 'broker',
    summary: "Run a broker node (alone, or sharing Redis with others), or write a Mosquitto configuration, with meshmind's rules",
    load: async () => (await import('./commands/broker')).brokerCommand,
  },
  { name: 'tokens', summary: 'Create, list and revoke the bearer tokens of the HTTP API', load: async () => (await import('./commands/tokens')).tokensCommand },
  { name: 'inference', summary: 'Serve one on-device model to all agents of this board (inference serve)', load: async () => (await import('./commands/inference')).inferenceCommand },
  { name: 'models', summary: 'Check that a GGUF model or an OpenAI-compatible endpoint loads (models check)', load: async () => (await import('./commands/models')).modelsCommand },
];
