import type { JsonValue } from '@meshmind/protocol';
import type { PhotoRecord } from './robot-peripherals';

/**
 * How a vendor's function hands back its result, read from the `output` column of its document:
 * C and C++ answer 1/0, Python and Java true/false, Go a nil error, and readings come as the struct,
 * tuple, dict or list the document names. Failures never come back as 0/false: they throw
 * E_DEVICE_FAULT, so an agent cannot mistake a refused move for a reading.
 */
export function successValue(output: string): JsonValue {
  if (/1\s*\/\s*0/.test(output)) return 1;
  if (/^\(?\s*error\s*\)?$/i.test(output.trim())) return null;
  return true;
}

export function batteryValue(output: string, percent: number): JsonValue {
  // "int", "int percent", "(int, error)": a whole percentage; float, double: one decimal.
  return /\b(float|double)\b/i.test(output) ? Math.round(percent * 10) / 10 : Math.round(percent);
}

export function positionValue(output: string, x: number, y: number): JsonValue {
  if (/struct|dict|point2d|pose/i.test(output)) return { x, y };
  return [x, y];
}

export function photoValue(output: string, photo: PhotoRecord): JsonValue {
  if (/byte|uint8|mat\b|cv::mat/i.test(output)) {
    return { format: 'jpeg', path: photo.path, width: photo.width, height: photo.height, size_bytes: photo.sizeBytes, camera_angle: photo.cameraAngle };
  }
  return photo.path;
}

export function vacancyValue(output: string, vacantSlots: number[]): JsonValue {
  // "int count" and C++'s plain "int" count the free slots; every other vendor lists them.
  if (/^\s*int(\s+count)?\s*$/i.test(output)) return vacantSlots.length;
  return [...vacantSlots];
}
