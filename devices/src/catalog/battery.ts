import type { ApiFunctionSpec, StateFieldSpec } from '@meshmind/protocol';

// Every battery-powered sensor reports its charge the same way, so agents learn it once.
export const batteryField: StateFieldSpec = { type: 'integer', description: 'Remaining battery charge.', unit: '%', minimum: 0, maximum: 100 };

export const getBatteryFunction: ApiFunctionSpec = {
  name: 'get_battery',
  description: 'Reads the remaining battery charge of the sensor.',
  kind: 'query',
  parameters: [],
  returns: { type: 'integer', description: 'Remaining charge.', unit: '%' },
};
