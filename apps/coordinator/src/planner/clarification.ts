import { enPlanning, fillTemplate, tokenize } from '@meshmind/language';
import type { Plan, PlannerDevice } from './planner';

const SAY = enPlanning.answers.clarify;

const sameWords = (a: string, b: string) => tokenize(a).join(' ') === tokenize(b).join(' ');

/**
 * How to call each device in a question so that the person can tell them apart and answer: its
 * name; for devices that share a name, the name and its place ("Lamp in the Kitchen"); then the
 * floor, for rooms of one name on two floors; then an alias none of the others answers to or, as
 * a last resort, its id. Every addition is something the answer may say back ("the kitchen one",
 * "upstairs", the alias, the id), so the question can always be answered.
 */
export function distinguishingNames(devices: readonly PlannerDevice[]): string[] {
  let labels = devices.map((device) => device.name);
  /** Adds to each label that another device shares what `describe` says of it, given those others. */
  const refine = (describe: (device: PlannerDevice, others: PlannerDevice[]) => string | null) => {
    labels = labels.map((label, index) => {
      const others = devices.filter((_other, at) => at !== index && sameWords(labels[at]!, label));
      return others.length === 0 ? label : `${label}${describe(devices[index]!, others) ?? ''}`;
    });
  };
  refine((device) => (device.area ? fillTemplate(SAY.inArea, { area: device.area.name }) : SAY.noRoom));
  // Only where a floor tells them apart: devices of one name in rooms of one name on two floors.
  refine((device, others) => {
    const floor = device.area?.floor;
    return floor && others.some((other) => other.area?.floor?.id !== floor.id) ? fillTemplate(SAY.onFloor, { floor: floor.name }) : null;
  });
  // Each of them gets one, so that none is left to be called only what the others are called too.
  refine((device, others) => {
    const own = device.aliases.find((alias) => !others.some((other) => [other.name, ...other.aliases].some((label) => sameWords(label, alias))));
    return fillTemplate(SAY.ownLabel, { label: own ?? device.id });
  });
  return labels;
}

/** Whether every device answers to the same name ("Lamp", "lamp"). */
export function shareOneName(devices: readonly PlannerDevice[]): boolean {
  return devices.every((device) => sameWords(device.name, devices[0]!.name));
}

function joinAlternatives(labels: readonly string[]): string {
  return labels.length <= 1 ? (labels[0] ?? '') : fillTemplate(SAY.alternatives, { others: labels.slice(0, -1).join(SAY.listJoin), last: labels.at(-1)! });
}

/** "Which lamp do you mean: Lamp in the Kitchen or Lamp in the Bedroom?", to plan `text` again once answered. */
export function askWhich(text: string, noun: string, devices: readonly PlannerDevice[]): Extract<Plan, { kind: 'clarify' }> {
  return {
    kind: 'clarify',
    question: fillTemplate(SAY.whichOne, { noun, devices: joinAlternatives(distinguishingNames(devices)) }),
    pending: { text, candidateIds: devices.map((device) => device.id) },
  };
}
