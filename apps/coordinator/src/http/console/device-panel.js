import { element } from './dom.js';
import { describeState } from './format-state.js';
import { plainText } from './plain-text.js';

const AVAILABILITY_TEXT = { online: 'online', offline: 'offline', unknown: 'not heard from yet' };
const NO_AREA = { id: '', name: 'Elsewhere', floor: null };
/** Where a device comes from, as the agent's profile says (older agents say nothing). */
const ORIGIN_TEXT = { simulated: 'simulated', zigbee2mqtt: 'zigbee2mqtt', 'ha-discovery': 'HA discovery', driver: 'edge driver' };

/**
 * The live device list, grouped by floor and area. Devices are kept by id and each change
 * re-renders only that device's row, so a burst of state messages stays cheap.
 */
export function createDevicePanel({ list, summary, onAreasChanged }) {
  const devices = new Map();
  const rows = new Map();
  // Views carry no floor order; floors keep the order in which the coordinator first listed them.
  const floorOrder = new Map();
  let areaKey = '';

  function remember(view) {
    devices.set(view.id, view);
    const floorId = view.area?.floor?.id;
    if (floorId !== undefined && !floorOrder.has(floorId)) floorOrder.set(floorId, floorOrder.size);
  }

  function compareAreas(a, b) {
    const rank = (area) => floorOrder.get(area.floor?.id) ?? Number.MAX_SAFE_INTEGER;
    return rank(a) - rank(b) || a.name.localeCompare(b.name);
  }

  function areasOf() {
    const areas = new Map();
    for (const device of devices.values()) if (device.area) areas.set(device.area.id, device.area);
    return [...areas.values()].sort(compareAreas);
  }

  function renderRow(device, changed) {
    const { primary, details, tone } = describeState(device.state);
    const row = element(
      'li',
      { className: `device${changed ? ' device--changed' : ''}`, dataset: { deviceId: device.id, availability: device.availability } },
      element('span', { className: `availability availability--${device.availability}`, title: AVAILABILITY_TEXT[device.availability] },
        element('span', { className: 'visually-hidden', text: AVAILABILITY_TEXT[device.availability] })),
      // Names and state values come from the device's agent: shown, never obeyed (plain-text.js).
      element('span', { className: 'device__name', text: plainText(device.name) }),
      primary ? element('span', { className: `device__primary tone--${tone}`, text: plainText(primary) }) : null,
      element('span', { className: 'device__details', text: plainText(details.join(' · ')) }),
      Object.hasOwn(ORIGIN_TEXT, device.origin ?? '') ? element('span', { className: `device__origin origin--${device.origin}`, title: 'where this device comes from', text: ORIGIN_TEXT[device.origin] }) : null,
      device.availability === 'online' ? null : element('span', { className: 'device__offline', text: AVAILABILITY_TEXT[device.availability] }),
    );
    return row;
  }

  function renderAll() {
    rows.clear();
    const groups = new Map();
    for (const device of [...devices.values()].sort((a, b) => a.name.localeCompare(b.name))) {
      const area = device.area ?? NO_AREA;
      if (!groups.has(area.id)) groups.set(area.id, { area, devices: [] });
      groups.get(area.id).devices.push(device);
    }
    const sections = [...groups.values()]
      .sort((a, b) => compareAreas(a.area, b.area))
      .map(({ area, devices: members }) => {
        const items = members.map((device) => {
          const row = renderRow(device, false);
          rows.set(device.id, row);
          return row;
        });
        const floor = area.floor ? element('span', { className: 'area__floor', text: plainText(area.floor.name) }) : null;
        return element('section', { className: 'area', 'aria-label': plainText(area.name) },
          element('h3', { className: 'area__name' }, plainText(area.name), floor),
          element('ul', { className: 'area__devices' }, items));
      });
    list.replaceChildren(...sections);
    renderSummary();
  }

  function renderSummary() {
    const all = [...devices.values()];
    const online = all.filter((device) => device.availability === 'online').length;
    summary.textContent = all.length === 0 ? 'No devices yet' : `${online} of ${all.length} online`;
  }

  function notifyAreas() {
    const areas = areasOf();
    const key = areas.map((area) => `${area.id}:${area.name}`).join('|');
    if (key === areaKey) return;
    areaKey = key;
    onAreasChanged(areas);
  }

  return {
    replaceAll(views) {
      devices.clear();
      for (const view of views) remember(view);
      renderAll();
      notifyAreas();
    },
    update(view) {
      const previous = devices.get(view.id);
      remember(view);
      const row = rows.get(view.id);
      // A new device or one that moved area changes the grouping: rebuild the whole list.
      if (!previous || !row || previous.area?.id !== view.area?.id || previous.name !== view.name) {
        renderAll();
        notifyAreas();
        return;
      }
      const next = renderRow(view, true);
      row.replaceWith(next);
      rows.set(view.id, next);
      renderSummary();
    },
  };
}
