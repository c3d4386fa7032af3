/**
 * The 15 functions every warehouse robot offers (LLMind 2.0, Appendix B), in one canonical form.
 * Vendor dialects name and document them differently; a binding table maps each dialect back here
 * so that a simulator can execute any dialect and an evaluation can label expected calls.
 */
export const ROBOT_FUNCTION_IDS = [
  'battery_status',
  'auto_dock',
  'emergency_stop',
  'set_speed',
  'map_surroundings',
  'localize',
  'navigate_to',
  'set_camera_angle',
  'capture_photo',
  'list_wifi_hotspots',
  'connect_wifi',
  'enable_access_point',
  'move_to_shelf',
  'identify_vacancies',
  'scan_shelf_items',
] as const;

export type RobotFunctionId = (typeof ROBOT_FUNCTION_IDS)[number];

export interface RobotParameter {
  name: string;
  type: 'integer' | 'number' | 'string';
  unit?: string;
  minimum?: number;
  maximum?: number;
}

export const ROBOT_SHELF_COUNT = 20;

/** Canonical parameters, in the positional order every dialect keeps. */
export const ROBOT_FUNCTION_PARAMETERS: Record<RobotFunctionId, readonly RobotParameter[]> = {
  battery_status: [],
  auto_dock: [],
  emergency_stop: [],
  set_speed: [{ name: 'speed', type: 'number', unit: 'm/s', minimum: 0.1, maximum: 2 }],
  map_surroundings: [],
  localize: [],
  navigate_to: [
    { name: 'x', type: 'number', unit: 'm', minimum: 0, maximum: 100 },
    { name: 'y', type: 'number', unit: 'm', minimum: 0, maximum: 100 },
  ],
  set_camera_angle: [{ name: 'angle', type: 'number', unit: '°', minimum: -90, maximum: 90 }],
  capture_photo: [],
  list_wifi_hotspots: [],
  connect_wifi: [
    { name: 'ssid', type: 'string' },
    { name: 'password', type: 'string' },
  ],
  enable_access_point: [
    { name: 'ssid', type: 'string' },
    { name: 'password', type: 'string' },
  ],
  move_to_shelf: [{ name: 'shelf', type: 'integer', minimum: 1, maximum: ROBOT_SHELF_COUNT }],
  identify_vacancies: [{ name: 'shelf', type: 'integer', minimum: 1, maximum: ROBOT_SHELF_COUNT }],
  scan_shelf_items: [{ name: 'shelf', type: 'integer', minimum: 1, maximum: ROBOT_SHELF_COUNT }],
};
