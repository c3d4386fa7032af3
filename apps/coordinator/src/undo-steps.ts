import { enPlanning, fillTemplate, leavesState, singularForms } from '@meshmind/language';
import type { Capability } from '@meshmind/protocol';
import { tokenize } from '@meshmind/language';

/** What the undo of one device needs to know of it: its name and its API as its profile states it. */
export interface UndoDevice {
  name: string;
  capabilities: Capability[];
}

const SAY = enPlanning.answers.undo;

export interface UndoPlan {
  /** Sentences that put the device back, in order: settings first, then its state ("turn off" last). */
  texts: string[];
  /** State keys that changed and that no function of the device can set back. */
  unrestorable: string[];
}

function valueWords(value: unknown): string[] {
  if (typeof value === 'boolean') return [value ? SAY.on : SAY.off];
  if (typeof value === 'string' || typeof value === 'number') return tokenize(String(value).replace(/_/g, ' '));
  return [];
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * A state word set back by the function that leaves it: "on: false" by turn_off ("Turn off the
 * Table lamp"), "lock_state: locked" by lock ("Lock the Front door"). The words come from the
 * function's own name, up to the word that names the state.
 */
function stateSentence(device: UndoDevice, key: string, value: unknown): string | null {
  const words = valueWords(value);
  // A boolean other than on/off itself ("muted") is a setting, not a state word.
  if (words.length !== 1 || (typeof value === 'boolean' && key !== 'on')) return null;
  for (const capability of device.capabilities) {
    if (capability.kind !== 'action' || capability.parameters.length > 0) continue;
    const name = tokenize(capability.function.replace(/_/g, ' '));
    const at = name.findIndex((token) => leavesState(token, words[0]!));
    if (at >= 0) return fillTemplate(SAY.state, { action: capitalise(name.slice(0, at + 1).join(' ')), device: device.name });
  }
  return null;
}

/** A setting ("brightness", "target temperature") some action of the device can set, said back to its earlier value. */
function settingSentence(device: UndoDevice, key: string, value: unknown): string | null {
  const keyWords = tokenize(key.replace(/_/g, ' ')).filter((word) => word !== 'state');
  const shown = typeof value === 'boolean' ? (value ? SAY.on : SAY.off) : typeof value === 'string' || typeof value === 'number' ? String(value).replace(/_/g, ' ') : null;
  if (keyWords.length === 0 || shown === null) return null;
  // A setting is set by a value: only actions that take one count ("ring" sets no "rings" back).
  const actions = device.capabilities.filter((capability) => capability.kind === 'action' && capability.parameters.length > 0);
  const known = new Set(
    actions.flatMap((capability) => tokenize([capability.function, ...capability.parameters, capability.description].join(' ').replace(/_/g, ' '))).flatMap(singularForms),
  );
  if (!keyWords.every((word) => singularForms(word).some((form) => known.has(form)))) return null;
  return fillTemplate(SAY.setting, { setting: keyWords.join(' '), device: device.name, value: shown });
}

/**
 * The sentences that put a device back to the state it had before a goal, derived from that state
 * and the device's own API (its functions' names and parameters), never from a table of device
 * types. A state key that changed and that nothing in the API sets (a measured temperature, a
 * battery) is reported as unrestorable.
 */
export function undoPlan(device: UndoDevice, before: Record<string, unknown>, after: Record<string, unknown>): UndoPlan {
  const settings: string[] = [];
  const states: string[] = [];
  const unrestorable: string[] = [];
  for (const [key, value] of Object.entries(before)) {
    if (!(key in after) || JSON.stringify(after[key]) === JSON.stringify(value)) continue;
    const asState = stateSentence(device, key, value);
    if (asState) {
      if (!states.includes(asState)) states.push(asState);
      continue;
    }
    const asSetting = settingSentence(device, key, value);
    if (asSetting) settings.push(asSetting);
    else unrestorable.push(key);
  }
  return { texts: [...settings, ...states], unrestorable };
}
