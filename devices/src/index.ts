export type { DeviceDriver, DeviceState } from './driver';
export { listDeviceTypes, hasDeviceType, getDeviceDescription } from './device-catalog';
export { defaultState, validateDeviceState, describeInvalidStateValue } from './device-state';
export { createSimulatedDriver } from './simulated-driver';
export type { SimulatedDriver, SimulatedDriverOptions, SimulatedFaults } from './simulated-driver';
export { systemClock, createManualClock } from './clock';
export type { Clock, ManualClock } from './clock';
export { parseScenario, loadScenarioFile } from './scenario';
export type { Scenario, ScenarioDevice } from './scenario';
