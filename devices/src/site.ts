import { WIFI_BAND_NAMES, type DeviceDescription, type NetworkWorldView, type WarehouseWorldView, type WorldView } from '@meshmind/protocol';
import { createManualClock, createScaledClock, type SimulationClock } from './clock';
import type { SiteScenario } from './scenario';
import type { DeviceDriver } from './driver';
import { createWifiNetwork, type WifiNetworkSetup } from './network/wifi-drivers';
import type { NetworkScenario, WarehouseScenario } from './site-scenario';
import { createWarehouseFleet, type WarehouseFleet } from './warehouse/warehouse-fleet';

/**
 * A simulated site built from its scenario: one world (a warehouse, a WiFi network) and one driver
 * per device in it, for a host to start one agent per device. `view()` is the world's ground truth.
 */

export interface SiteDevice {
  id: string;
  name: string;
  type: string;
  vendor?: string;
  description: DeviceDescription;
  driver: DeviceDriver;
}

interface SiteBase {
  readonly name: string;
  readonly devices: readonly SiteDevice[];
  /** The ground truth, built on demand: call it when drawing or checking, not on every change. */
  view(): WorldView;
  /** A signal on any change of the world (robots fire it every tick while they move). */
  onChange(listener: () => void): () => void;
  /** Cancels moves and uploads in flight and the world's timers. */
  stop(): void;
}

export interface SimulatedWarehouse extends SiteBase {
  readonly kind: 'warehouse';
  readonly fleet: WarehouseFleet;
  view(): WarehouseWorldView;
}

export interface SimulatedNetwork extends SiteBase {
  readonly kind: 'network';
  readonly setup: WifiNetworkSetup;
  view(): NetworkWorldView;
}

export type SimulatedSite = SimulatedWarehouse | SimulatedNetwork;

export interface SimulatedSiteOptions {
  /** Default: wall time at the scenario's time scale. Tests pass a manual clock. */
  clock?: SimulationClock;
}

export function warehouseWorldView(fleet: WarehouseFleet, name: string, timeScale: number): WarehouseWorldView {
  const { world } = fleet;
  return {
    kind: 'warehouse',
    name,
    seed: world.seed,
    timeScale,
    width: world.width,
    height: world.height,
    docks: world.layout.docks.map((cell) => ({ x: cell.x, y: cell.y })),
    shelves: world.layout.shelves.map((placement) => ({
      number: placement.number,
      x: placement.cell.x,
      y: placement.cell.y,
      slots: world.inventory.slotsPerShelf,
      vacantSlots: world.vacantSlots(placement.number),
      items: world.inventory.items(placement.number),
    })),
    robots: fleet.robots.map((robot) => {
      const snapshot = world.robot(robot.id);
      return {
        id: robot.id,
        name: robot.name,
        vendor: robot.vendor,
        dialect: robot.dialect,
        x: snapshot.x,
        y: snapshot.y,
        battery: snapshot.battery,
        status: snapshot.status,
        atShelf: snapshot.atShelf,
        docked: snapshot.docked,
      };
    }),
  };
}

export function networkWorldView(setup: WifiNetworkSetup, name: string, timeScale: number): NetworkWorldView {
  const { network, devices } = setup;
  const nameOf = (id: string) => devices.find((device) => device.id === id)?.name ?? id;
  return {
    kind: 'network',
    name,
    timeScale,
    accessPoint: {
      id: 'access-point',
      name: nameOf('access-point'),
      channel24: network.channel24,
      ssids: WIFI_BAND_NAMES.map((band) => ({ band, ssid: network.ssids[band] })),
    },
    bands: [...WIFI_BAND_NAMES],
    clients: network.clientIds().map((id) => {
      const reading = network.reading(id);
      return {
        id,
        name: reading.name,
        associated: reading.associated,
        band: reading.band,
        ssid: reading.ssid,
        logCwMin: reading.logCwMin,
        logCwMax: reading.logCwMax,
        packetErrorRate: reading.packetErrorRate,
        goodputMbps: reading.goodputMbps,
        uploading: reading.uploading,
        lastUploadSeconds: reading.lastUploadSeconds,
      };
    }),
    interferer: { id: 'microwave', name: nameOf('microwave'), kind: 'microwave', running: network.microwaveOn },
  };
}

/** Builds the world and the drivers of a warehouse or network scenario; nothing runs until a move or upload starts. */
export function createSimulatedSite(scenario: WarehouseScenario, options?: SimulatedSiteOptions): SimulatedWarehouse;
export function createSimulatedSite(scenario: NetworkScenario, options?: SimulatedSiteOptions): SimulatedNetwork;
export function createSimulatedSite(scenario: WarehouseScenario | NetworkScenario, options?: SimulatedSiteOptions): SimulatedSite;
export function createSimulatedSite(scenario: WarehouseScenario | NetworkScenario, options: SimulatedSiteOptions = {}): SimulatedSite {
  const clock = options.clock ?? createScaledClock(scenario.timeScale);
  if (scenario.kind === 'warehouse') {
    const fleet = createWarehouseFleet({ ...scenario.warehouse, clock });
    return {
      kind: 'warehouse',
      name: scenario.name,
      fleet,
      devices: fleet.robots.map((robot) => ({ id: robot.id, name: robot.name, type: robot.description.type, vendor: robot.vendor, description: robot.description, driver: robot.driver })),
      view: () => warehouseWorldView(fleet, scenario.name, scenario.timeScale),
      onChange: (listener) => fleet.world.onChange(listener),
      stop: () => fleet.world.stop(),
    };
  }
  const setup = createWifiNetwork({ ...scenario.network, clock });
  return {
    kind: 'network',
    name: scenario.name,
    setup,
    devices: setup.devices.map((device) => ({ id: device.id, name: device.name, type: device.type, description: device.description, driver: device.driver })),
    view: () => networkWorldView(setup, scenario.name, scenario.timeScale),
    onChange: (listener) => setup.network.onChange(listener),
    stop: () => setup.network.stop(),
  };
}

/** The ids of every device a scenario of any kind runs: what a broker must know identities for. */
export function scenarioDeviceIds(scenario: SiteScenario): string[] {
  if (scenario.kind === 'home') return scenario.devices.map((device) => device.id);
  const site = createSimulatedSite(scenario, { clock: createManualClock() });
  site.stop();
  return site.devices.map((device) => device.id);
}
