export { main } from './main';
export type { CliCommand, CliIo } from './command';
export { startStack } from './stack';
export type { Stack, StackOptions } from './stack';
export { startSimulation } from './simulation';
export type { Simulation, SimulationOptions } from './simulation';
export { startBanner } from './banner';
export type { BannerFacts } from './banner';
