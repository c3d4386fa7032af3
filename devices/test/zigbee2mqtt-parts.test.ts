import { describe, expect, it } from 'vitest';
import { bindingFromExposes, createAreaResolver, parseAreaMapping, Zigbee2mqttTopics } from '../src/index';
import { parseAvailability } from '../src/bridges/zigbee2mqtt/bridge-payloads';
import { hexOfXy, xyOfColour } from '../src/bridges/zigbee2mqtt/colour';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('zigbee2mqtt topics', () => {
  const topics = new Zigbee2mqttTopics('home/zigbee');

  it('reads friendly names that hold slashes, availability, and leaves commands alone', () => {
    expect(topics.parse('home/zigbee/kitchen/bulb')).toEqual({ kind: 'device', name: 'kitchen/bulb' });
    expect(topics.parse('home/zigbee/kitchen/bulb/availability')).toEqual({ kind: 'availability', name: 'kitchen/bulb' });
    expect(topics.parse('home/zigbee/kitchen/bulb/set')).toEqual({ kind: 'command' });
    expect(topics.parse('home/zigbee/bridge/devices')).toEqual({ kind: 'devices' });
    expect(topics.parse('home/zigbee/bridge/state')).toEqual({ kind: 'bridge' });
    expect(topics.parse('elsewhere/bulb')).toBeNull();
    expect(topics.set('kitchen/bulb')).toBe('home/zigbee/kitchen/bulb/set');
  });

  it('refuses a base topic or a name that would make a wildcard', () => {
    expect(() => new Zigbee2mqttTopics('zigbee2mqtt/#')).toThrow(expect.objectContaining({ code: 'E_CONFIG_INVALID' }));
    expect(() => new Zigbee2mqttTopics('/zigbee2mqtt')).toThrow(expect.objectContaining({ code: 'E_CONFIG_INVALID' }));
    expect(() => topics.set('bulb/+')).toThrow(expect.objectContaining({ code: 'E_INVALID_TOPIC' }));
  });
});

describe('zigbee2mqtt availability payloads', () => {
  it('reads the JSON and the legacy forms, and nothing else', () => {
    expect(parseAvailability(bytes('{"state":"online"}'))).toBe(true);
    expect(parseAvailability(bytes('{"state":"offline"}'))).toBe(false);
    expect(parseAvailability(bytes('offline'))).toBe(false);
    expect(parseAvailability(bytes('{"state":"maybe"}'))).toBeUndefined();
    expect(parseAvailability(bytes('\u0000garbage'))).toBeUndefined();
    expect(parseAvailability(bytes(''))).toBeUndefined();
  });
});

describe('areas of zigbee2mqtt devices', () => {
  it('takes the mapping file first, then a description line, then a slash in the name', () => {
    const resolve = createAreaResolver(parseAreaMapping('{"devices": {"Lamp": "Study", "0xabc": "Hall"}}'));
    expect(resolve({ friendlyName: 'Lamp', ieeeAddress: '0x1', description: 'area: Kitchen' })?.name).toBe('Study');
    expect(resolve({ friendlyName: 'Plug', ieeeAddress: '0xabc' })?.name).toBe('Hall');
    expect(resolve({ friendlyName: 'Plug', ieeeAddress: '0x2', description: 'by the sink\nRoom: Kitchen' })).toEqual({ id: 'kitchen', name: 'Kitchen', aliases: [], floor: null });
    expect(resolve({ friendlyName: 'first floor/bath/mirror light', ieeeAddress: '0x3' })?.name).toBe('first floor bath');
    expect(resolve({ friendlyName: 'Plug', ieeeAddress: '0x4', description: null })).toBeNull();
  });

  it('refuses a malformed mapping file with a coded error', () => {
    expect(() => parseAreaMapping('{"devices": {"Lamp": 3}}')).toThrow(expect.objectContaining({ code: 'E_CONFIG_INVALID' }));
    expect(() => parseAreaMapping('not json')).toThrow(expect.objectContaining({ code: 'E_CONFIG_INVALID' }));
  });
});

describe('colours for zigbee2mqtt', () => {
  it('maps a name to CIE x/y and back to the same sRGB colour', () => {
    expect(xyOfColour('red')).toEqual({ x: 0.6401, y: 0.33 });
    expect(hexOfXy(xyOfColour('red'))).toBe('#ff0000');
    expect(hexOfXy(xyOfColour('#0000ff'))).toBe('#0000ff');
  });

  it('refuses a colour it does not know', () => {
    expect(() => xyOfColour('blurple')).toThrow(expect.objectContaining({ code: 'E_INVALID_ARGUMENT' }));
  });
});

describe('documents from exposes', () => {
  const device = { ieee_address: '0x1', friendly_name: 'Thing', type: 'EndDevice' };

  it('refuses a device zigbee2mqtt has no definition for, or one that exposes nothing to drive', () => {
    const none = bindingFromExposes({ ...device, definition: null });
    expect(none.ok || none.error.code).toBe('E_UNSUPPORTED_DEVICE');
    const linkOnly = bindingFromExposes({ ...device, definition: { model: 'X', vendor: 'Y', description: 'Router', exposes: [{ type: 'numeric', name: 'linkquality', property: 'linkquality', access: 1 }] } });
    expect(linkOnly.ok || linkOnly.error.code).toBe('E_UNSUPPORTED_DEVICE');
  });

  it('offers a light that reports but cannot be set as readings only', () => {
    const binding = bindingFromExposes({
      ...device,
      definition: {
        model: 'X',
        vendor: 'Y',
        description: 'Light',
        exposes: [{ type: 'light', features: [{ type: 'binary', name: 'state', property: 'state', access: 1, value_on: 'ON', value_off: 'OFF' }, { type: 'numeric', name: 'brightness', property: 'brightness', access: 1, value_min: 0, value_max: 254 }] }],
      },
    });
    if (!binding.ok) throw binding.error;
    expect(binding.value.description.functions.map((fn) => `${fn.kind}:${fn.name}`)).toEqual(['query:is_on', 'query:get_brightness']);
  });
});
