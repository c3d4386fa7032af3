import { MeshmindError } from '@meshmind/protocol';
import type { RobotRecord } from './warehouse-robot';

export interface WifiNetwork {
  ssid: string;
  password: string;
}

export const DEFAULT_WIFI_NETWORKS: readonly WifiNetwork[] = [
  { ssid: 'warehouse-ops', password: 'forklift-2024' },
  { ssid: 'warehouse-guest', password: 'welcome-guest' },
  { ssid: 'dock-telemetry', password: 'telemetry-5g' },
];

const PHOTO_WIDTH = 1280;
const PHOTO_HEIGHT = 720;

/** A photo as the robot's camera reports it: no pixels, just what a caller needs to fetch or check one. */
export interface PhotoRecord {
  path: string;
  width: number;
  height: number;
  sizeBytes: number;
  cameraAngle: number;
}

/**
 * Everything a robot does without driving: camera, map, WiFi. WiFi networks are the warehouse's
 * fixed ones plus any robot currently in access-point mode.
 */
export class RobotPeripherals {
  readonly #networks: readonly WifiNetwork[];
  readonly #robots: readonly RobotRecord[];

  constructor(networks: readonly WifiNetwork[], robots: readonly RobotRecord[]) {
    this.#networks = networks.map((network) => ({ ...network }));
    this.#robots = robots;
  }

  setCameraAngle(robot: RobotRecord, angle: number): void {
    if (!(angle >= -90 && angle <= 90)) throw new MeshmindError('E_ARGUMENT_OUT_OF_RANGE', `${robot.id}: camera angle ${angle} is outside -90..90°`);
    robot.cameraAngle = angle;
  }

  capturePhoto(robot: RobotRecord): PhotoRecord {
    robot.photosTaken += 1;
    robot.lastPhoto = `/photos/${robot.id}/${String(robot.photosTaken).padStart(4, '0')}.jpg`;
    // A plausible JPEG size that depends only on the scene, so runs stay reproducible.
    const sizeBytes = 180_000 + ((robot.cell * 7919 + robot.photosTaken * 104_729) % 60_000);
    return { path: robot.lastPhoto, width: PHOTO_WIDTH, height: PHOTO_HEIGHT, sizeBytes, cameraAngle: robot.cameraAngle };
  }

  mapSurroundings(robot: RobotRecord): void {
    robot.mapBuilt = true;
  }

  /** SSIDs in range, sorted: the warehouse networks and the access points other robots opened. */
  listHotspots(robot: RobotRecord): string[] {
    const ssids = new Set(this.#networks.map((network) => network.ssid));
    for (const other of this.#robots) if (other !== robot && other.wifiMode === 'access_point') ssids.add(other.accessPointSsid);
    return [...ssids].sort();
  }

  connectWifi(robot: RobotRecord, ssid: string, password: string): void {
    const network = this.#networks.find((candidate) => candidate.ssid === ssid);
    const robotAccessPoint = this.#robots.find((other) => other !== robot && other.wifiMode === 'access_point' && other.accessPointSsid === ssid);
    const expected = network?.password ?? robotAccessPoint?.accessPointPassword;
    if (expected === undefined) {
      throw new MeshmindError('E_DEVICE_FAULT', `${robot.id}: no WiFi network named ${JSON.stringify(ssid)} is in range (in range: ${this.listHotspots(robot).join(', ')})`);
    }
    if (expected !== password) throw new MeshmindError('E_DEVICE_FAULT', `${robot.id}: ${JSON.stringify(ssid)} refused the password`);
    robot.wifiMode = 'client';
    robot.wifiSsid = ssid;
    robot.accessPointSsid = '';
    robot.accessPointPassword = '';
  }

  enableAccessPoint(robot: RobotRecord, ssid: string, password: string): void {
    if (password.length < 8) throw new MeshmindError('E_INVALID_ARGUMENT', `${robot.id}: a WPA2 access point needs a password of at least 8 characters`);
    const clash = this.#networks.some((network) => network.ssid === ssid) || this.#robots.some((other) => other !== robot && other.accessPointSsid === ssid);
    if (clash) throw new MeshmindError('E_DEVICE_FAULT', `${robot.id}: a network named ${JSON.stringify(ssid)} already exists`);
    robot.wifiMode = 'access_point';
    robot.accessPointSsid = ssid;
    robot.accessPointPassword = password;
    robot.wifiSsid = '';
  }
}
