import colorNames from 'color-name';
import { MeshmindError } from '@meshmind/protocol';

/**
 * Colours between the catalog's colour type (a name or #rrggbb) and what zigbee2mqtt takes and
 * reports: CIE 1931 x/y, or hue (degrees) and saturation (%). sRGB with its D65 white point; the
 * bulb maps x/y into its own gamut, and zigbee2mqtt reports back what the bulb says.
 */
export interface XyColour {
  x: number;
  y: number;
}

/** Names people say to a light that are not CSS colour names, as sRGB. */
const LIGHT_COLOURS: Record<string, [number, number, number]> = {
  amber: [255, 191, 0],
  'warm white': [255, 214, 170],
  'cool white': [212, 235, 255],
  'daylight white': [255, 250, 244],
  mint: [152, 255, 152],
  peach: [255, 218, 185],
  lilac: [200, 162, 200],
  rose: [255, 0, 127],
};

export function rgbOfColour(colour: string): [number, number, number] {
  const text = colour.trim().toLowerCase();
  const hex = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/.exec(text);
  if (hex) return [parseInt(hex[1]!, 16), parseInt(hex[2]!, 16), parseInt(hex[3]!, 16)];
  const named = LIGHT_COLOURS[text] ?? (colorNames as Record<string, [number, number, number]>)[text.replace(/\s+/g, '')];
  if (!named) throw new MeshmindError('E_INVALID_ARGUMENT', `unknown colour ${JSON.stringify(colour)}: say a colour name such as red or warm white, or #rrggbb`);
  return [...named];
}

function linear(channel: number): number {
  const value = channel / 255;
  return value > 0.04045 ? ((value + 0.055) / 1.055) ** 2.4 : value / 12.92;
}

function gamma(value: number): number {
  const clamped = Math.min(1, Math.max(0, value));
  return clamped <= 0.0031308 ? 12.92 * clamped : 1.055 * clamped ** (1 / 2.4) - 0.055;
}

const round4 = (value: number) => Math.round(value * 10_000) / 10_000;

export function xyOfColour(colour: string): XyColour {
  const [r, g, b] = rgbOfColour(colour).map(linear) as [number, number, number];
  const X = 0.4124 * r + 0.3576 * g + 0.1805 * b;
  const Y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  const Z = 0.0193 * r + 0.1192 * g + 0.9505 * b;
  const sum = X + Y + Z;
  // Black has no chromaticity: the white point stands in for it.
  if (sum === 0) return { x: 0.3127, y: 0.329 };
  return { x: round4(X / sum), y: round4(Y / sum) };
}

/** Full-brightness sRGB of a chromaticity, as #rrggbb. */
export function hexOfXy(colour: XyColour): string {
  if (colour.y <= 0) return '#000000';
  const Y = 1;
  const X = (Y / colour.y) * colour.x;
  const Z = (Y / colour.y) * (1 - colour.x - colour.y);
  let r = 3.2406 * X - 1.5372 * Y - 0.4986 * Z;
  let g = -0.9689 * X + 1.8758 * Y + 0.0415 * Z;
  let b = 0.0557 * X - 0.204 * Y + 1.057 * Z;
  const peak = Math.max(r, g, b, 1e-9);
  [r, g, b] = [r / peak, g / peak, b / peak];
  return `#${[r, g, b].map((channel) => Math.round(gamma(channel) * 255).toString(16).padStart(2, '0')).join('')}`;
}

export interface HsColour {
  hue: number;
  saturation: number;
}

export function hsOfColour(colour: string): HsColour {
  const [r, g, b] = rgbOfColour(colour).map((channel) => channel / 255) as [number, number, number];
  const max = Math.max(r, g, b);
  const min = Math.min(r, g, b);
  const delta = max - min;
  let hue = 0;
  if (delta > 0) {
    if (max === r) hue = 60 * (((g - b) / delta) % 6);
    else if (max === g) hue = 60 * ((b - r) / delta + 2);
    else hue = 60 * ((r - g) / delta + 4);
  }
  return { hue: Math.round((hue + 360) % 360), saturation: Math.round(max === 0 ? 0 : (delta / max) * 100) };
}

export function hexOfHs(colour: HsColour): string {
  const saturation = Math.min(100, Math.max(0, colour.saturation)) / 100;
  const chroma = saturation;
  const sector = (((colour.hue % 360) + 360) % 360) / 60;
  const second = chroma * (1 - Math.abs((sector % 2) - 1));
  const table: Array<[number, number, number]> = [
    [chroma, second, 0],
    [second, chroma, 0],
    [0, chroma, second],
    [0, second, chroma],
    [second, 0, chroma],
    [chroma, 0, second],
  ];
  const [r, g, b] = table[Math.floor(sector) % 6]!;
  const offset = 1 - chroma;
  return `#${[r, g, b].map((channel) => Math.round((channel + offset) * 255).toString(16).padStart(2, '0')).join('')}`;
}
