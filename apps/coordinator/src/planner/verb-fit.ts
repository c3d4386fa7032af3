/**
 * Which of several devices a reference leaves a command's verb means (issue #17, needless
 * questions): "lock the door" to a home with a Front Door lock, a Garage Side Door lock and a
 * Garage Door. Only the locks have a function the verb names ("lock"), so the garage door is not
 * among them; and of the two locks, the one not already locked is the one the request changes.
 * Read from the devices' own function names and reported state, so it holds in any home.
 */
import { en, singularForms, stem } from '@meshmind/language';
import type { PlannerDevice } from './planner';
import { undone } from './capability-match';
import { commandVerb, type CommandClause } from './read-only';
import { words } from './vocabulary';

/** Particles that make a verb a change of degree ("turn up", "turn the radiator down"), not the switching its bare form names. */
const DEGREE_PARTICLES: ReadonlySet<string> = new Set([...en.relativeDirection.up, ...en.relativeDirection.down].filter((word) => en.verbParticles.has(word)));

/** The forms of a verb a function name may use: "locks" -> lock; "unpause" also names "pause". */
function verbForms(verb: string): string[] {
  return [verb, ...singularForms(verb), ...undone(verb)];
}

/** Whether one of the device's actions is named by the verb ("lock" names "lock"; "open" names "open_cover"). */
function hasActionNamed(device: PlannerDevice, forms: readonly string[], particle?: string): boolean {
  return device.capabilities.some((capability) => {
    const named = words(capability.function.replace(/_/g, ' '));
    // "turn the radiator up" is not named by turn_on: with a particle of degree, the name says the particle too.
    return capability.kind === 'action' && named.some((word) => forms.includes(word)) && (particle === undefined || named.includes(particle));
  });
}

/** The particle of degree that follows the verb in the clause ("turn the radiator up" -> up), if any. */
function degreeParticle(clause: CommandClause, verb: string): string | undefined {
  const at = clause.tokens.indexOf(verb);
  return clause.tokens.slice(at + 1).find((token, offset) => DEGREE_PARTICLES.has(token) && !clause.nameTokens.has(at + 1 + offset));
}

/**
 * Whether the device reports being where the verb would put it: a settled state word of the verb's
 * stem ("locked" for "lock", "closed" for "close", "docked" for "dock"). An activity going on
 * ("playing") is not such a state: "play music" with one player playing may well mean that one,
 * which attention.ts weighs. Unknown states say no.
 */
function alreadyWhereVerbPuts(device: PlannerDevice, verb: string): boolean {
  const wanted = stem(verb);
  return Object.values(device.state ?? {}).some((value) => typeof value === 'string' && !/ing$/.test(value) && stem(value.toLowerCase()) === wanted);
}

/**
 * The devices of `pool` the command's verb fits: those with an action it names, where only some
 * have one; of several such, the single one not already where the verb puts it. Null where the
 * verb tells none of them apart (every one can, or none can: "turn on" names every light's action).
 */
export function meantByCommandVerb(pool: readonly PlannerDevice[], clause: CommandClause): PlannerDevice[] | null {
  const verb = commandVerb(clause);
  if (!verb || pool.length < 2) return null;
  const forms = verbForms(verb);
  const particle = degreeParticle(clause, verb);
  const able = pool.filter((device) => hasActionNamed(device, forms, particle));
  if (able.length === 0) return null;
  if (able.length === 1) return able;
  const notThereYet = able.filter((device) => !alreadyWhereVerbPuts(device, verb));
  if (notThereYet.length === 1) return notThereYet;
  return able.length < pool.length ? able : null;
}
