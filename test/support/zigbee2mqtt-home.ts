import type { SimulatedZigbeeDeviceSpec } from './zigbee2mqtt-simulator';

/**
 * Real zigbee models by the model id they report (zigbee-herdsman-converters' `zigbeeModel`):
 * colour and white bulbs, plugs and relays, thermostats and radiator valves, blinds, locks, sensors
 * and an air purifier. `type` is the meshmind device type their exposes must make.
 */
export const ZIGBEE_MODELS: ReadonlyArray<{ zigbeeModel: string; type: string }> = [
  { zigbeeModel: 'LCT015', type: 'light' },
  { zigbeeModel: 'TRADFRI bulb E27 CWS opal 600lm', type: 'light' },
  { zigbeeModel: 'LWB010', type: 'light' },
  { zigbeeModel: 'TRADFRI bulb E27 WS opal 980lm', type: 'light' },
  { zigbeeModel: 'RB 285 C', type: 'light' },
  { zigbeeModel: 'GL-C-008', type: 'light' },
  { zigbeeModel: 'TRADFRI control outlet', type: 'switch' },
  { zigbeeModel: 'lumi.plug', type: 'switch' },
  { zigbeeModel: 'BASICZBR3', type: 'switch' },
  { zigbeeModel: 'SP 120', type: 'switch' },
  { zigbeeModel: 'lumi.ctrl_ln2.aq1', type: 'switch' },
  { zigbeeModel: 'SPZB0001', type: 'climate' },
  { zigbeeModel: 'eTRV0100', type: 'climate' },
  { zigbeeModel: 'SLR1b', type: 'climate' },
  { zigbeeModel: 'Zen-01', type: 'climate' },
  { zigbeeModel: 'lumi.airrtc.agl001', type: 'climate' },
  { zigbeeModel: 'FYRTUR block-out roller blind', type: 'cover' },
  { zigbeeModel: 'KADRILJ roller blind', type: 'cover' },
  { zigbeeModel: 'lumi.curtain', type: 'cover' },
  { zigbeeModel: 'YRD226 TSDB', type: 'lock' },
  { zigbeeModel: 'YRD256 TSDB', type: 'lock' },
  { zigbeeModel: 'SMARTCODE_DEADBOLT_10', type: 'lock' },
  { zigbeeModel: 'lumi.weather', type: 'temperature_sensor' },
  { zigbeeModel: 'TH01', type: 'temperature_sensor' },
  { zigbeeModel: 'lumi.sensor_magnet.aq2', type: 'contact_sensor' },
  { zigbeeModel: 'lumi.sensor_motion.aq2', type: 'motion_sensor' },
  { zigbeeModel: 'SML001', type: 'motion_sensor' },
  { zigbeeModel: 'lumi.sensor_wleak.aq1', type: 'sensor' },
  { zigbeeModel: 'STARKVIND Air purifier', type: 'fan' },
];

export function ieeeOf(index: number): string {
  return `0x00158d00${(0x1000 + index).toString(16).padStart(8, '0')}`;
}

/** Every model above as one device of a test network, named after its model id. */
export function allModelDevices(): SimulatedZigbeeDeviceSpec[] {
  return ZIGBEE_MODELS.map((model, index) => ({ friendlyName: `device ${index}`, ieeeAddress: ieeeOf(index), zigbeeModel: model.zigbeeModel }));
}

/**
 * A small zigbee home: areas come from zigbee2mqtt itself, by the documented conventions (a
 * description line `area: ...`, or a friendly name grouped by a slash).
 */
export function zigbeeHome(): SimulatedZigbeeDeviceSpec[] {
  return [
    { friendlyName: 'Kitchen bulb', ieeeAddress: ieeeOf(100), zigbeeModel: 'LCT015', description: 'area: Kitchen', state: { state: 'OFF' } },
    { friendlyName: 'Radiator', ieeeAddress: ieeeOf(101), zigbeeModel: 'SPZB0001', description: 'Radiator valve under the window\narea: Living room' },
    { friendlyName: 'living room/blinds', ieeeAddress: ieeeOf(102), zigbeeModel: 'FYRTUR block-out roller blind' },
    { friendlyName: 'Front door', ieeeAddress: ieeeOf(103), zigbeeModel: 'YRD226 TSDB', description: 'area: Hall', state: { state: 'LOCK', lock_state: 'locked' } },
    { friendlyName: 'Coffee plug', ieeeAddress: ieeeOf(104), zigbeeModel: 'TRADFRI control outlet', description: 'area: Kitchen' },
    { friendlyName: 'Hall motion', ieeeAddress: ieeeOf(105), zigbeeModel: 'SML001', description: 'area: Hall' },
  ];
}
