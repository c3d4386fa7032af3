import { MeshmindError, validateCallArguments, type DeviceDescription, type JsonValue } from '@meshmind/protocol';
import type { DeviceDriver, DeviceState } from '../driver';
import { batteryValue, photoValue, positionValue, successValue, vacancyValue } from './dialect-returns';
import { ROBOT_DIALECT_BINDINGS, type LlmindApiEntry } from './robot-dialects';
import { findRobotDialect, robotDescription, robotOperations, type RobotOperation } from './robot-description';
import type { RobotSnapshot } from './warehouse-robot';
import type { WarehouseWorld } from './warehouse-world';

export interface RobotDriverOptions {
  world: WarehouseWorld;
  robotId: string;
  dialectId: string;
}

/** The state an agent reads and verifies: the robot's snapshot in the description's field names. */
export function robotState(snapshot: RobotSnapshot): DeviceState {
  return {
    x: snapshot.x,
    y: snapshot.y,
    battery: snapshot.battery,
    speed: snapshot.speed,
    camera_angle: snapshot.cameraAngle,
    status: snapshot.status,
    emergency_stopped: snapshot.emergencyStopped,
    docked: snapshot.docked,
    charging: snapshot.charging,
    at_shelf: snapshot.atShelf,
    map_built: snapshot.mapBuilt,
    wifi_mode: snapshot.wifiMode,
    wifi_ssid: snapshot.wifiSsid,
    access_point_ssid: snapshot.accessPointSsid,
    last_photo: snapshot.lastPhoto,
    last_checked_shelf: snapshot.lastCheckedShelf,
    last_vacant_slots: snapshot.lastVacantSlots.map(String),
  };
}

/**
 * One robot of a warehouse, speaking its vendor's dialect: the call's dialect name and argument
 * names go through the binding table to the canonical operation, which runs on the shared world;
 * the result comes back in the vendor's return convention.
 */
class WarehouseRobotDriver implements DeviceDriver {
  readonly description: DeviceDescription;
  readonly #world: WarehouseWorld;
  readonly #robotId: string;
  readonly #operations: Map<string, { operation: RobotOperation; entry: LlmindApiEntry }>;
  readonly #argumentNames: Map<string, Record<string, string>>;
  readonly #listeners = new Set<(state: DeviceState) => void>();
  #unsubscribe: (() => void) | undefined;
  #stopped = false;

  constructor(options: RobotDriverOptions) {
    this.#world = options.world;
    this.#robotId = options.robotId;
    options.world.robot(options.robotId);
    const dialect = findRobotDialect(options.dialectId);
    this.description = robotDescription(dialect.id, { shelves: options.world.shelfCount, width: options.world.width, height: options.world.height });
    this.#operations = robotOperations(dialect);
    const bindings = ROBOT_DIALECT_BINDINGS[dialect.id] ?? {};
    this.#argumentNames = new Map(Object.entries(bindings).map(([name, binding]) => [name, binding.arguments]));
  }

  getState(): DeviceState {
    return robotState(this.#world.robot(this.#robotId));
  }

  async call(functionName: string, args: Record<string, unknown>): Promise<JsonValue | undefined> {
    const fn = this.description.functions.find((candidate) => candidate.name === functionName);
    const bound = this.#operations.get(functionName);
    if (!fn || !bound) {
      const known = this.description.functions.map((candidate) => candidate.name).join(', ');
      throw new MeshmindError('E_UNKNOWN_FUNCTION', `this ${this.description.vendor} robot has no function ${JSON.stringify(functionName)}; it has ${known}`);
    }
    const validated = validateCallArguments(fn, args);
    if (!validated.ok) throw validated.error;
    if (this.#stopped) throw new MeshmindError('E_DEVICE_FAULT', `${this.#robotId}: the robot is offline`);
    const canonical: Record<string, unknown> = {};
    const names = this.#argumentNames.get(functionName) ?? {};
    for (const [dialectName, value] of Object.entries(validated.value)) canonical[names[dialectName] ?? dialectName] = value;
    return this.#run(bound.operation, canonical, bound.entry.output);
  }

  onStateChange(listener: (state: DeviceState) => void): () => void {
    this.#listeners.add(listener);
    return () => {
      this.#listeners.delete(listener);
    };
  }

  async start(): Promise<void> {
    this.#stopped = false;
    this.#unsubscribe ??= this.#world.onRobotChange(this.#robotId, (snapshot) => {
      const state = robotState(snapshot);
      for (const listener of [...this.#listeners]) listener(state);
    });
  }

  /** The robot drops off: its move is cancelled and it stays where it stands, an obstacle to the others. */
  async stop(): Promise<void> {
    this.#stopped = true;
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
    this.#world.haltRobot(this.#robotId);
  }

  async #run(operation: RobotOperation, args: Record<string, unknown>, output: string): Promise<JsonValue> {
    const world = this.#world;
    const id = this.#robotId;
    const done = successValue(output);
    switch (operation) {
      case 'battery_status':
        return batteryValue(output, world.robot(id).battery);
      case 'auto_dock':
        await world.dock(id);
        return done;
      case 'emergency_stop':
        world.emergencyStop(id);
        return done;
      case 'release_emergency_stop':
        world.releaseEmergencyStop(id);
        return done;
      case 'set_speed':
        world.setSpeed(id, args['speed'] as number);
        return done;
      case 'map_surroundings':
        world.mapSurroundings(id);
        return done;
      case 'localize': {
        const snapshot = world.robot(id);
        return positionValue(output, snapshot.x, snapshot.y);
      }
      case 'navigate_to':
        await world.navigate(id, args['x'] as number, args['y'] as number);
        return done;
      case 'set_camera_angle':
        world.setCameraAngle(id, args['angle'] as number);
        return done;
      case 'capture_photo':
        return photoValue(output, world.capturePhoto(id));
      case 'list_wifi_hotspots':
        return world.listHotspots(id);
      case 'connect_wifi':
        world.connectWifi(id, args['ssid'] as string, args['password'] as string);
        return done;
      case 'enable_access_point':
        world.enableAccessPoint(id, args['ssid'] as string, args['password'] as string);
        return done;
      case 'move_to_shelf':
        await world.moveToShelf(id, args['shelf'] as number);
        return done;
      case 'identify_vacancies':
        return vacancyValue(output, await world.identifyVacancies(id, args['shelf'] as number));
      case 'scan_shelf_items':
        return world.scanShelf(id, args['shelf'] as number);
    }
  }
}

export function createRobotDriver(options: RobotDriverOptions): DeviceDriver {
  return new WarehouseRobotDriver(options);
}
