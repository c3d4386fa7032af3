import { MeshmindError } from '@meshmind/protocol';
import { systemClock, type SimulationClock } from '../clock';
import { createPathPlanner, type PathPlanner } from './path-planner';
import { advanceRobot, type MotionContext } from './robot-motion';
import { RobotPeripherals, DEFAULT_WIFI_NETWORKS, type PhotoRecord, type WifiNetwork } from './robot-peripherals';
import { createSeededRandom } from './seeded-random';
import { ShelfInventory } from './shelf-inventory';
import { buildLayout, cellIndex, type Cell, type WarehouseLayout } from './warehouse-layout';
import { WarehouseListeners, type RobotListener } from './warehouse-listeners';
import { parkedRobot, snapshotOf, type RobotRecord, type RobotSnapshot } from './warehouse-robot';
import { checkWarehouseOptions, type WarehouseOptions } from './warehouse-options';

/**
 * A deterministic, tick-based warehouse: robots on a grid with shelves and docks. Robots move only
 * when ticks run, either explicitly (`tick()`) or on the injected clock while any robot has work;
 * an idle world keeps no timer. The same seed and the same calls give the same world.
 */
export class WarehouseWorld {
  readonly seed: number;
  readonly layout: WarehouseLayout;
  readonly inventory: ShelfInventory;
  readonly tickMs: number;
  readonly #clock: SimulationClock;
  readonly #robots: RobotRecord[];
  readonly #robotsById = new Map<string, RobotRecord>();
  readonly #motion: MotionContext;
  readonly #peripherals: RobotPeripherals;
  readonly #chargePerSecond: number;
  /** Robots with something to do each tick: moving or charging. Ticks cost nothing for the rest. */
  readonly #active = new Set<number>();
  /** Robot index + 1 that has claimed a cell as its goal. */
  readonly #goalOwner: Int32Array;
  readonly #listeners = new WarehouseListeners();
  #timer: unknown;
  #ticks = 0;

  constructor(options: WarehouseOptions) {
    const { robotCount, shelfCount, slotsPerShelf, dockCount, vacancyRate, tickMs } = checkWarehouseOptions(options);
    this.tickMs = tickMs;
    this.seed = options.seed;
    this.#clock = options.clock ?? systemClock;
    this.#chargePerSecond = options.chargePerSecond ?? 0.5;
    const random = createSeededRandom(options.seed);
    this.layout = buildLayout(robotCount, shelfCount, dockCount);
    this.inventory = new ShelfInventory(shelfCount, slotsPerShelf, vacancyRate, random);
    // Laid over the seeded contents after they are drawn: the same seed gives the same other shelves.
    for (const { shelf, slots } of options.shelfContents ?? []) {
      for (let slot = 1; slot <= slotsPerShelf; slot += 1) this.inventory.setSlot(shelf, slot, slots[slot - 1] ?? null);
    }
    const { width, height, walls } = this.layout;
    const planner: PathPlanner = createPathPlanner(width, height, (cell) => walls[cell] === 1);
    this.#goalOwner = new Int32Array(width * height);
    this.#robots = this.layout.parking.map((cell, index) => {
      const robot = parkedRobot(index, cellIndex(width, cell), cell, 60 + random.integer(41), (options.wifiNetworks ?? DEFAULT_WIFI_NETWORKS)[0]?.ssid ?? '');
      this.#robotsById.set(robot.id, robot);
      return robot;
    });
    const occupancy = new Int32Array(width * height);
    for (const robot of this.#robots) occupancy[robot.cell] = robot.index + 1;
    this.#motion = {
      width,
      planner,
      occupancy,
      closed: new Uint8Array(width * height),
      tickMs: this.tickMs,
      batteryDrainPerMetre: options.batteryDrainPerMetre ?? 0.05,
      replanAfterMs: options.replanAfterMs ?? 1000,
      maxWaitMs: options.maxWaitMs ?? 60_000,
      onMoved: (robot) => this.#notify(robot),
      finish: (robot, error) => this.#finish(robot, error),
    };
    this.#peripherals = new RobotPeripherals(options.wifiNetworks ?? DEFAULT_WIFI_NETWORKS, this.#robots);
  }

  get width(): number {
    return this.layout.width;
  }

  get height(): number {
    return this.layout.height;
  }

  get shelfCount(): number {
    return this.inventory.shelfCount;
  }

  get ticks(): number {
    return this.#ticks;
  }

  robotIds(): string[] {
    return this.#robots.map((robot) => robot.id);
  }

  robot(id: string): RobotSnapshot {
    return snapshotOf(this.#record(id), this.layout.width);
  }

  /** Which robot stands in a cell, if any. */
  robotAt(x: number, y: number): string | undefined {
    if (!this.#inside(x, y)) return undefined;
    const occupant = this.#motion.occupancy[cellIndex(this.layout.width, { x, y })]!;
    return occupant === 0 ? undefined : this.#robots[occupant - 1]!.id;
  }

  /** Ground truth: the vacant slots of a shelf, 1-based. */
  vacantSlots(shelf: number): number[] {
    return this.inventory.vacantSlots(shelf);
  }

  onRobotChange(id: string, listener: RobotListener): () => void {
    return this.#listeners.onRobot(this.#record(id).index, listener);
  }

  /** Any change of the world (a robot moved, charged or was stopped; a slot was filled): a signal, no snapshot. */
  onChange(listener: () => void): () => void {
    return this.#listeners.onWorld(listener);
  }

  /** Puts an item in a slot or empties it (null): a picker working beside the robots. */
  setSlot(shelf: number, slot: number, item: string | null): void {
    this.inventory.setSlot(shelf, slot, item);
    this.#listeners.worldChanged();
  }

  // ---- movement -------------------------------------------------------------------------------

  /** Drives to a point in metres; resolves on arrival, rejects with E_DEVICE_FAULT when it cannot get there. */
  navigate(id: string, x: number, y: number): Promise<void> {
    const robot = this.#record(id);
    const target = { x: Math.round(x), y: Math.round(y) };
    if (!this.#inside(target.x, target.y)) {
      return Promise.reject(new MeshmindError('E_ARGUMENT_OUT_OF_RANGE', `${id}: (${x}, ${y}) is outside the warehouse (0..${this.width - 1}, 0..${this.height - 1} m)`));
    }
    const goal = cellIndex(this.width, target);
    const shelf = this.layout.shelves.find((placement) => placement.cell.x === target.x && placement.cell.y === target.y);
    if (shelf) return Promise.reject(new MeshmindError('E_DEVICE_FAULT', `${id}: (${x}, ${y}) is inside shelf ${shelf.number}; no robot can stand there`));
    const taken = this.#takenBy(goal, robot);
    if (taken) return Promise.reject(new MeshmindError('E_DEVICE_FAULT', `${id}: (${x}, ${y}) is taken by ${taken}`));
    return this.#startMove(robot, goal, { x, y }, () => undefined);
  }

  /** Drives to the aisle in front of a shelf (or beside it when that spot is taken). */
  moveToShelf(id: string, shelf: number): Promise<void> {
    const robot = this.#record(id);
    const placement = this.layout.shelves[shelf - 1];
    if (!placement || !Number.isInteger(shelf)) {
      return Promise.reject(new MeshmindError('E_ARGUMENT_OUT_OF_RANGE', `${id}: shelf ${shelf} does not exist; shelves are numbered 1..${this.shelfCount}`));
    }
    const { access } = placement;
    const candidates: Cell[] = [access];
    for (let offset = 1; offset <= 3; offset += 1) candidates.push({ x: access.x - offset, y: access.y }, { x: access.x + offset, y: access.y });
    const goals = candidates.filter((cell) => this.#inside(cell.x, cell.y)).map((cell) => cellIndex(this.width, cell));
    if (goals.includes(robot.cell) && !robot.task) {
      robot.atShelf = shelf;
      this.#notify(robot);
      return Promise.resolve();
    }
    const goal = goals.find((cell) => this.layout.walls[cell] === 0 && this.#motion.closed[cell] === 0 && !this.#takenBy(cell, robot));
    if (goal === undefined) return Promise.reject(new MeshmindError('E_DEVICE_FAULT', `${id}: the aisle in front of shelf ${shelf} is blocked or full`));
    return this.#startMove(robot, goal, undefined, () => {
      robot.atShelf = shelf;
    });
  }

  /** Drives to the nearest free charging dock and starts charging. */
  dock(id: string): Promise<void> {
    const robot = this.#record(id);
    const docks = this.layout.docks.map((cell) => cellIndex(this.width, cell));
    const arrive = () => {
      robot.docked = true;
      robot.charging = robot.battery < 100;
    };
    if (docks.includes(robot.cell) && !robot.task) {
      arrive();
      this.#activate(robot);
      this.#notify(robot);
      return Promise.resolve();
    }
    const distance = (cell: number) => Math.abs((cell % this.width) - (robot.cell % this.width)) + Math.abs(Math.floor(cell / this.width) - Math.floor(robot.cell / this.width));
    const free = docks.filter((cell) => this.#motion.closed[cell] === 0 && !this.#takenBy(cell, robot)).sort((a, b) => distance(a) - distance(b) || a - b);
    if (free.length === 0) return Promise.reject(new MeshmindError('E_DEVICE_FAULT', `${id}: every charging dock is taken`));
    return this.#startMove(robot, free[0]!, undefined, arrive);
  }

  // ---- controls and faults --------------------------------------------------------------------

  emergencyStop(id: string): void {
    const robot = this.#record(id);
    robot.emergencyStopped = true;
    if (robot.task) this.#finish(robot, new MeshmindError('E_DEVICE_FAULT', `${id}: emergency stop engaged; the move was abandoned`));
    this.#notify(robot);
  }

  releaseEmergencyStop(id: string): void {
    const robot = this.#record(id);
    robot.emergencyStopped = false;
    this.#notify(robot);
  }

  setSpeed(id: string, speed: number): void {
    if (!(speed >= 0.1 && speed <= 2)) throw new MeshmindError('E_ARGUMENT_OUT_OF_RANGE', `${id}: speed ${speed} is outside 0.1..2 m/s`);
    const robot = this.#record(id);
    robot.speed = speed;
    this.#notify(robot);
  }

  /** Sets the charge directly: a dead battery for fault tests, a full one for long runs. */
  setBattery(id: string, percent: number): void {
    if (!(percent >= 0 && percent <= 100)) throw new MeshmindError('E_ARGUMENT_OUT_OF_RANGE', `${id}: battery ${percent} is outside 0..100 %`);
    const robot = this.#record(id);
    robot.battery = percent;
    this.#notify(robot);
  }

  /** Stops a robot where it stands (its agent crashed, its controller hung): the move is cancelled, the robot stays an obstacle. */
  haltRobot(id: string): void {
    const robot = this.#record(id);
    if (robot.task) this.#finish(robot, new MeshmindError('E_CANCELLED', `${id}: the robot stopped before it arrived`));
  }

  /** Closes a floor cell (a pallet dropped in the aisle); robots plan around it. */
  blockCell(x: number, y: number): void {
    this.#setClosed(x, y, 1);
  }

  unblockCell(x: number, y: number): void {
    this.#setClosed(x, y, 0);
  }

  setCameraAngle(id: string, angle: number): void {
    this.#peripheral(id, (robot) => this.#peripherals.setCameraAngle(robot, angle));
  }

  capturePhoto(id: string): PhotoRecord {
    return this.#peripheral(id, (robot) => this.#peripherals.capturePhoto(robot));
  }

  mapSurroundings(id: string): void {
    this.#peripheral(id, (robot) => this.#peripherals.mapSurroundings(robot));
  }

  listHotspots(id: string): string[] {
    return this.#peripherals.listHotspots(this.#record(id));
  }

  connectWifi(id: string, ssid: string, password: string): void {
    this.#peripheral(id, (robot) => this.#peripherals.connectWifi(robot, ssid, password));
  }

  enableAccessPoint(id: string, ssid: string, password: string): void {
    this.#peripheral(id, (robot) => this.#peripherals.enableAccessPoint(robot, ssid, password));
  }

  /** Drives to the shelf unless already there, then reads which slots are empty (the camera sees the truth). */
  async identifyVacancies(id: string, shelf: number): Promise<number[]> {
    return [...(await this.#checkShelf(id, shelf)).lastVacantSlots];
  }

  /** Drives to the shelf unless already there, then reads the labels of what lies on it. */
  async scanShelf(id: string, shelf: number): Promise<string[]> {
    await this.#checkShelf(id, shelf);
    return this.inventory.items(shelf);
  }

  /** Drives to the shelf unless already there and records what the camera saw of its slots. */
  async #checkShelf(id: string, shelf: number): Promise<RobotRecord> {
    await this.moveToShelf(id, shelf);
    const robot = this.#record(id);
    robot.lastCheckedShelf = shelf;
    robot.lastVacantSlots = this.inventory.vacantSlots(shelf);
    this.#notify(robot);
    return robot;
  }

  // ---- time -----------------------------------------------------------------------------------

  /** Runs `count` ticks at once, without the clock. */
  tick(count = 1): void {
    for (let step = 0; step < count; step += 1) {
      this.#ticks += 1;
      for (const index of [...this.#active].sort((a, b) => a - b)) {
        const robot = this.#robots[index]!;
        if (robot.task) advanceRobot(this.#motion, robot);
        else this.#charge(robot);
      }
    }
  }

  /** Robots moving or charging right now. */
  activeRobots(): number {
    return this.#active.size;
  }

  /** Cancels every move (E_CANCELLED) and the tick timer; a later move starts ticking again. */
  stop(): void {
    if (this.#timer !== undefined) this.#clock.clearTimeout(this.#timer);
    this.#timer = undefined;
    for (const robot of this.#robots) if (robot.task) this.#finish(robot, new MeshmindError('E_CANCELLED', `${robot.id}: the warehouse simulation stopped`));
    this.#active.clear();
  }

  // ---- internals ------------------------------------------------------------------------------

  #record(id: string): RobotRecord {
    const robot = this.#robotsById.get(id);
    if (!robot) throw new MeshmindError('E_UNKNOWN_DEVICE', `no robot ${JSON.stringify(id)} in this warehouse (robot-1..robot-${this.#robots.length})`);
    return robot;
  }

  #peripheral<T>(id: string, work: (robot: RobotRecord) => T): T {
    const robot = this.#record(id);
    const result = work(robot);
    this.#notify(robot);
    return result;
  }

  #inside(x: number, y: number): boolean {
    return Number.isInteger(x) && Number.isInteger(y) && x >= 0 && y >= 0 && x < this.width && y < this.height;
  }

  #takenBy(cell: number, robot: RobotRecord): string | undefined {
    const occupant = this.#motion.occupancy[cell]!;
    if (occupant !== 0 && occupant !== robot.index + 1) return this.#robots[occupant - 1]!.id;
    const owner = this.#goalOwner[cell]!;
    if (owner !== 0 && owner !== robot.index + 1) return this.#robots[owner - 1]!.id;
    return undefined;
  }

  #setClosed(x: number, y: number, value: 0 | 1): void {
    if (!this.#inside(x, y)) throw new MeshmindError('E_ARGUMENT_OUT_OF_RANGE', `(${x}, ${y}) is outside the warehouse`);
    this.#motion.closed[cellIndex(this.width, { x, y })] = value;
  }

  #startMove(robot: RobotRecord, goal: number, exact: { x: number; y: number } | undefined, onArrive: () => void): Promise<void> {
    if (robot.emergencyStopped) return Promise.reject(new MeshmindError('E_DEVICE_FAULT', `${robot.id}: the emergency stop is engaged; release it before moving`));
    if (robot.battery <= 0) return Promise.reject(new MeshmindError('E_DEVICE_FAULT', `${robot.id}: the battery is empty (0%); the robot cannot move until it is charged`));
    if (this.#motion.closed[goal] === 1) return Promise.reject(new MeshmindError('E_DEVICE_FAULT', `${robot.id}: the target cell is blocked`));
    const path = this.#motion.planner.plan(robot.cell, goal, (cell) => this.#motion.closed[cell] === 1);
    if (!path) return Promise.reject(new MeshmindError('E_DEVICE_FAULT', `${robot.id}: the target is unreachable; every way there is blocked`));
    // A new move replaces the one in progress, as a real robot takes its latest order.
    if (robot.task) this.#finish(robot, new MeshmindError('E_CANCELLED', `${robot.id}: superseded by a new move`));
    return new Promise<void>((resolve, reject) => {
      robot.task = { goal, path, step: 0, progress: 0, blockedMs: 0, sinceReplanMs: 0, exact, onArrive, resolve, reject };
      this.#goalOwner[goal] = robot.index + 1;
      robot.atShelf = 0;
      this.#activate(robot);
      this.#notify(robot);
      // A robot already at the goal arrives on the next tick, like any other move.
    });
  }

  #finish(robot: RobotRecord, error?: MeshmindError): void {
    const task = robot.task;
    if (!task) return;
    robot.task = undefined;
    if (this.#goalOwner[task.goal] === robot.index + 1) this.#goalOwner[task.goal] = 0;
    if (!robot.charging) this.#active.delete(robot.index);
    this.#notify(robot);
    if (error) task.reject(error);
    else task.resolve();
  }

  #charge(robot: RobotRecord): void {
    if (!robot.charging) {
      this.#active.delete(robot.index);
      return;
    }
    robot.battery = Math.min(100, robot.battery + this.#chargePerSecond * (this.tickMs / 1000));
    if (robot.battery >= 100) {
      robot.charging = false;
      this.#active.delete(robot.index);
    }
    this.#notify(robot);
  }

  #activate(robot: RobotRecord): void {
    if (robot.task || robot.charging) this.#active.add(robot.index);
    if (this.#timer !== undefined || this.#active.size === 0) return;
    this.#timer = this.#clock.setTimeout(() => this.#onTimer(), this.tickMs);
  }

  #onTimer(): void {
    this.#timer = undefined;
    this.tick(1);
    if (this.#active.size > 0) this.#timer = this.#clock.setTimeout(() => this.#onTimer(), this.tickMs);
  }

  #notify(robot: RobotRecord): void {
    this.#listeners.robotChanged(robot, this.width);
  }
}

export function createWarehouse(options: WarehouseOptions): WarehouseWorld {
  return new WarehouseWorld(options);
}
