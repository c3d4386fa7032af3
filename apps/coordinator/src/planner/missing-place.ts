/**
 * A place the home has no device in (issue #17: say what is wrong, never act elsewhere). "turn on
 * the lights in the orchard" to a home with no orchard used to answer "I could not tell which
 * device you meant": the person learns nothing. The planner cannot tell a place the home lacks from
 * an area of it with nothing in it (it sees devices, not floor plans), and both answers are the same
 * for the person: no device of the home is there. So the answer says so, names the home's place
 * nearest in meaning to the one said (WordNet: the fewest steps up to a broader noun both share, an
 * orchard and a garden are both kinds of land), and asks which of the devices the clause names
 * without its place was meant, to plan the request again once answered. Where the clause names no
 * device at all the caller keeps its plain decline.
 */
import { enPlanning, enReference, fillTemplate, singularForms, tokenize } from '@meshmind/language';
import type { Plan, PlannerDevice } from './planner';
import type { ClauseReferences } from './clause-references';
import { devicesOfNoun, type Vocabulary } from './vocabulary';
import { askWhich } from './clarification';
import { capabilityWords } from './capability-match';

const SAY = enPlanning.answers.missingPlace;
/** Two places are near when a broader noun is this few steps from both together: an orchard is a garden, a loft and a cellar are both floors; "structure" is too general. */
const NEAREST_STEPS = 2;
/** More candidates than this make a useless question: the plain decline says enough. */
const MOST_CANDIDATES = 6;

/** How near two place nouns are: the fewest steps, summed, up to a broader noun both are kinds of. */
function nearness(said: ReadonlyMap<string, number>, saidWord: string, area: ReadonlyMap<string, number>, areaWord: string): number {
  let best = Math.min(said.get(areaWord) ?? Infinity, area.get(saidWord) ?? Infinity);
  for (const [noun, steps] of said) {
    const other = area.get(noun);
    if (other !== undefined && steps + other <= NEAREST_STEPS) best = Math.min(best, steps + other);
  }
  return best;
}

/** The area of the home nearest in meaning to the place said, or null when none is near. */
export function nearestArea(place: string, devices: readonly PlannerDevice[], ancestorsOf: (noun: string) => ReadonlyMap<string, number>): string | null {
  const saidWord = place.split(' ').at(-1)!;
  const said = ancestorsOf(saidWord);
  let best: { name: string; steps: number } | null = null;
  for (const name of new Set(devices.map((device) => device.area?.name).filter((name): name is string => !!name))) {
    const areaWord = tokenize(name).at(-1);
    if (!areaWord) continue;
    const steps = nearness(said, saidWord, ancestorsOf(areaWord), areaWord);
    if (steps < (best?.steps ?? Infinity)) best = { name, steps };
  }
  return best && best.steps <= NEAREST_STEPS ? best.name : null;
}

/** The clause's text without the place phrase said ("in the orchard"), to plan again once the person picks. */
function withoutPlace(text: string, place: string): string {
  const prepositions = enReference.placePrepositions.join('|');
  const pattern = new RegExp(`\\s*\\b(?:${prepositions})\\s+(?:\\S+\\s+)*?${place.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'i');
  return text.replace(pattern, '').trim() || text;
}

/**
 * The question for a clause whose place the home has no device in: "There is no orchard in this
 * home (the nearest place it has is the Garden). Which light do you mean: Porch light or Hall lamp?";
 * null where the clause names no device without its place, or too many to ask about.
 */
export function askAboutMissingPlace(clause: ClauseReferences, place: string, devices: readonly PlannerDevice[], vocabulary: Vocabulary): Extract<Plan, { kind: 'clarify' }> | null {
  const named = new Set(clause.named.map((match) => match.value));
  for (const noun of named.size > 0 ? [] : clause.nouns) for (const id of devicesOfNoun(vocabulary.devicesByNoun, noun.value)) named.add(id);
  const candidates = devices.filter((device) => named.has(device.id));
  if (candidates.length === 0 || candidates.length > MOST_CANDIDATES) return null;
  const nearest = vocabulary.nounAncestors ? nearestArea(place, devices, vocabulary.nounAncestors) : null;
  const noun = clause.named.length > 0 ? SAY.device : (clause.nouns[0]?.value ?? SAY.device);
  const asked = askWhich(withoutPlace(clause.text, place), noun, candidates);
  const missing = fillTemplate(SAY.none, { place, nearest: nearest ? fillTemplate(SAY.nearest, { area: nearest }) : '' });
  return { ...asked, question: `${missing} ${asked.question}` };
}

/**
 * "turn on the lights in the kitchen" to a kitchen with no light: the kind said is absent there.
 * Not the devices of the place that can be switched on (the kettle and the oven), and not the
 * lights elsewhere: say so and ask which of the devices of that kind was meant. A word that names a
 * property of a device there ("the colour temperature in the bedroom") is no absent kind: null, and
 * the caller lets the devices there whose API fits answer. Null too where no device elsewhere is of
 * that kind, or too many to ask about: the caller's plain decline.
 */
export function askAboutMissingKind(clause: ClauseReferences, ofNoun: ReadonlySet<string>, pool: readonly PlannerDevice[], devices: readonly PlannerDevice[]): Extract<Plan, { kind: 'clarify' }> | null {
  const property = clause.nouns.some((noun) => {
    const said = tokenize(noun.value).flatMap(singularForms);
    return pool.some((device) => {
      const known = capabilityWords(device, false, false);
      return said.some((word) => known.has(word));
    });
  });
  if (property) return null;
  const place = pool[0]?.area?.name;
  const candidates = devices.filter((device) => ofNoun.has(device.id));
  if (!place || candidates.length === 0 || candidates.length > MOST_CANDIDATES) return null;
  const noun = clause.nouns[0]!.value;
  const asked = askWhich(withoutPlace(clause.text, tokenize(place).join(' ')), noun, candidates);
  return { ...asked, question: `${fillTemplate(SAY.noKind, { noun: singularForms(noun)[0] ?? noun, place })} ${asked.question}` };
}
