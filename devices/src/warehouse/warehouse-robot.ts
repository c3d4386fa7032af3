/** What a robot is doing, as its state reports it. */
export const ROBOT_STATUSES = ['idle', 'moving', 'charging', 'emergency_stopped', 'battery_empty'] as const;
export type RobotStatus = (typeof ROBOT_STATUSES)[number];

export const WIFI_MODES = ['client', 'access_point', 'off'] as const;
export type WifiMode = (typeof WIFI_MODES)[number];

/** A read-only copy of one robot, for drivers and for tests checking the world. */
export interface RobotSnapshot {
  id: string;
  /** Position in metres; a cell is 1 m, and a navigation ends exactly on the requested point. */
  x: number;
  y: number;
  cellX: number;
  cellY: number;
  /** Remaining charge, percent with one decimal. */
  battery: number;
  speed: number;
  cameraAngle: number;
  status: RobotStatus;
  emergencyStopped: boolean;
  docked: boolean;
  charging: boolean;
  /** Shelf the robot stands at (0: none). */
  atShelf: number;
  mapBuilt: boolean;
  wifiMode: WifiMode;
  wifiSsid: string;
  accessPointSsid: string;
  photosTaken: number;
  lastPhoto: string;
  /** Shelf of the last vacancy check or scan (0: none yet) and the vacant slots it saw. */
  lastCheckedShelf: number;
  lastVacantSlots: number[];
  /** Metres driven since the world was built. */
  distanceTravelled: number;
}

/** One move in progress: a path over cell indices, walked at the robot's speed. */
export interface MoveTask {
  goal: number;
  path: Int32Array;
  step: number;
  /** Fraction of a cell covered towards the next one. */
  progress: number;
  blockedMs: number;
  sinceReplanMs: number;
  /** Where the robot reports itself on arrival, when the caller asked for a point inside the goal cell. */
  exact?: { x: number; y: number };
  onArrive: () => void;
  resolve: () => void;
  reject: (error: unknown) => void;
}

export interface RobotRecord {
  id: string;
  index: number;
  cell: number;
  x: number;
  y: number;
  battery: number;
  speed: number;
  cameraAngle: number;
  emergencyStopped: boolean;
  docked: boolean;
  charging: boolean;
  atShelf: number;
  mapBuilt: boolean;
  wifiMode: WifiMode;
  wifiSsid: string;
  accessPointSsid: string;
  accessPointPassword: string;
  photosTaken: number;
  lastPhoto: string;
  lastCheckedShelf: number;
  lastVacantSlots: number[];
  distanceTravelled: number;
  task: MoveTask | undefined;
}

/** A robot as the world starts it: parked on its cell, idle, undocked, on the site's first network. */
export function parkedRobot(index: number, cell: number, at: { x: number; y: number }, battery: number, wifiSsid: string): RobotRecord {
  return {
    id: `robot-${index + 1}`,
    index,
    cell,
    x: at.x,
    y: at.y,
    battery,
    speed: 1,
    cameraAngle: 0,
    emergencyStopped: false,
    docked: false,
    charging: false,
    atShelf: 0,
    mapBuilt: false,
    wifiMode: 'client',
    wifiSsid,
    accessPointSsid: '',
    accessPointPassword: '',
    photosTaken: 0,
    lastPhoto: '',
    lastCheckedShelf: 0,
    lastVacantSlots: [],
    distanceTravelled: 0,
    task: undefined,
  };
}

export function robotStatus(robot: RobotRecord): RobotStatus {
  if (robot.emergencyStopped) return 'emergency_stopped';
  if (robot.task) return 'moving';
  if (robot.charging) return 'charging';
  if (robot.battery <= 0) return 'battery_empty';
  return 'idle';
}

export function snapshotOf(robot: RobotRecord, width: number): RobotSnapshot {
  return {
    id: robot.id,
    x: robot.x,
    y: robot.y,
    cellX: robot.cell % width,
    cellY: Math.floor(robot.cell / width),
    battery: Math.round(robot.battery * 10) / 10,
    speed: robot.speed,
    cameraAngle: robot.cameraAngle,
    status: robotStatus(robot),
    emergencyStopped: robot.emergencyStopped,
    docked: robot.docked,
    charging: robot.charging,
    atShelf: robot.atShelf,
    mapBuilt: robot.mapBuilt,
    wifiMode: robot.wifiMode,
    wifiSsid: robot.wifiSsid,
    accessPointSsid: robot.accessPointSsid,
    photosTaken: robot.photosTaken,
    lastPhoto: robot.lastPhoto,
    lastCheckedShelf: robot.lastCheckedShelf,
    lastVacantSlots: [...robot.lastVacantSlots],
    distanceTravelled: robot.distanceTravelled,
  };
}
