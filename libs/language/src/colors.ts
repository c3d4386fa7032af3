/** Colour names a person says to a light; the catalog's colour type accepts a name or #rrggbb. */
export const COLOR_NAMES = [
  'warm white', 'cool white', 'daylight white', 'red', 'green', 'blue', 'yellow', 'orange', 'purple', 'violet', 'pink',
  'magenta', 'cyan', 'turquoise', 'teal', 'white', 'lime', 'amber', 'indigo', 'lavender', 'gold', 'crimson', 'coral',
  'salmon', 'navy', 'aqua', 'brown', 'maroon', 'olive', 'beige', 'mint', 'peach', 'lilac', 'rose', 'ivory',
] as const;

export function findColor(text: string): string | undefined {
  const hex = /#[0-9a-f]{6}\b/i.exec(text);
  if (hex) return hex[0].toLowerCase();
  const lower = text.toLowerCase();
  for (const name of COLOR_NAMES) if (new RegExp(`\\b${name}\\b`).test(lower)) return name;
  return undefined;
}
