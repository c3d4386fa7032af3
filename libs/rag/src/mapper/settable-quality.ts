import { en, stem, words, type WordNet } from '@meshmind/language';
import type { NormalisedFunction } from '../api-document';

/** "more", "less": comparatives said in two words, the adjective after them (closed class). */
const ANALYTIC = new Set(['more', 'less']);
const RELATIVE = new Set([...en.relativeDirection.up, ...en.relativeDirection.down].filter((entry) => !entry.includes(' ')));
/** How close a WordNet relation of the adjective must be to name the quantity: "humid" -> humidity (0.8). */
const CLOSE_RELATION = 0.8;

/** The adjectives a definition compares by: "make hot or hotter" -> hot, "make less humid" -> humid. */
function comparedAdjectives(definition: readonly string[], wordNet: WordNet): string[] {
  const found: string[] = [];
  definition.forEach((word, index) => {
    if (!RELATIVE.has(word)) return;
    const next = definition[index + 1];
    if (ANALYTIC.has(word)) {
      if (next !== undefined && wordNet.canBe(next, 'adj')) found.push(next);
      return;
    }
    const base = [word.slice(0, -3), word.slice(0, -2), word.slice(0, -1)].find((candidate) => word.endsWith('er') && candidate.length >= 2 && wordNet.canBe(candidate, 'adj'));
    if (base) found.push(base);
  });
  return found;
}

/** Stems of the words of every number a function of the device sets: "temperature" of set_temperature's "Target room temperature". */
function setLevelStems(functions: readonly NormalisedFunction[]): Set<string> {
  return new Set(
    functions
      .filter((fn) => fn.kind !== 'query')
      .flatMap((fn) => fn.parameters.filter((parameter) => parameter.type === 'number' || parameter.type === 'integer'))
      .flatMap((parameter) => words(`${parameter.name.replace(/_/g, ' ')} ${parameter.description ?? ''}`.toLowerCase()))
      .map(stem),
  );
}

/**
 * Whether a verb WordNet defines by a comparative ("heat": "make hot or hotter"; "dehumidify": "make
 * less humid") steps a level this device sets: the adjective compared, its attribute nouns or its
 * closest relations name a number some action sets ("hot" -> temperature, set_temperature's). A
 * thermostat sets no humidity, so "dehumidify the room" can only name its dry mode, whose synonyms
 * list the verb; "heat the room" steps its target temperature. Undefined where the definition
 * compares nothing, so the caller's own reading stands.
 */
export function stepsSetLevel(definition: readonly string[], functions: readonly NormalisedFunction[], wordNet: WordNet): boolean | undefined {
  const adjectives = comparedAdjectives(definition, wordNet);
  if (adjectives.length === 0) return undefined;
  const set = setLevelStems(functions);
  return adjectives.some((adjective) => {
    const names = [adjective, ...wordNet.attributeNouns(adjective), ...[...wordNet.related(adjective, 'adj')].filter(([, weight]) => weight >= CLOSE_RELATION).map(([related]) => related)];
    return names.some((name) => set.has(stem(name)) || set.has(name));
  });
}
