import { en } from './languages/en';

/** Colour names a person says to a light (`en.colorNames`); the catalog's colour type accepts a name or #rrggbb. */
export const COLOR_NAMES = en.colorNames;

export function findColor(text: string): string | undefined {
  const hex = /#[0-9a-f]{6}\b/i.exec(text);
  if (hex) return hex[0].toLowerCase();
  const lower = text.toLowerCase();
  for (const name of COLOR_NAMES) if (new RegExp(`\\b${name}\\b`).test(lower)) return name;
  return undefined;
}
