import { stem, words } from '@meshmind/language';

/**
 * Names joined by hyphens that carry a digit after a hyphen ("LabAP-5G", "Office-2.4G", "cam-03")
 * are identifiers: an SSID, a host or a room code said whole. An option's word inside one is part
 * of the name, not the option: "connect to LabAP-5G" names a network, not the 5G band that
 * "5G" alone would be. Such a name is read out of the text an option is looked for in, unless
 * the whole name is itself one of the option's phrases ("HDMI-1" for the source "hdmi 1").
 */
const IDENTIFIER = /(?<![\w.-])[A-Za-z][A-Za-z0-9]*(?:-[A-Za-z0-9.]*\d[A-Za-z0-9.]*)+(?![\w-])/g;

export function withoutIdentifiers(text: string, phrases: readonly string[]): string {
  const own = new Set(phrases.map((phrase) => words(phrase.replace(/_/g, ' ')).map(stem).join(' ')));
  return text.replace(IDENTIFIER, (name) => (own.has(words(name.replace(/\.$/, '')).map(stem).join(' ')) ? name : ' '));
}

/**
 * The one such name of a request, where nothing cues a network's name: "connect to LabAP-5G",
 * "hop onto Office-2.4G". Two names, or none, give nothing: which one is meant is not said.
 */
export function loneIdentifier(text: string): string | undefined {
  const names = [...new Set([...text.matchAll(IDENTIFIER)].map((match) => match[0].replace(/\.$/, '')))];
  return names.length === 1 ? names[0] : undefined;
}
