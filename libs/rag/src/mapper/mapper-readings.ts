import type { NormalisedFunction } from '../api-document';
import { isNameOrSecret, takesOneItem } from '../arguments/list-items';
import { takesPercentage } from '../arguments/fractions';
import type { Lexicon } from '@meshmind/language';
import { functionProfile, markOppositions, type FunctionProfile } from './evidence';
import { functionKindOf } from './function-kind';
import { functionPath, nounWords, type Path } from './path';
import { documentScope, type DocumentScope } from './scope';
import type { BuiltIndex } from './built-index';
import { MadeOrJoined } from './made-or-joined';
import { SharedObjectContrast } from './shared-object';
import { UnexplainedFit } from './unexplained-fit';
import { UnaccountedWords } from './unaccounted-word';
import { ItemDeeds } from './item-deed';
import { TargetValues } from './target-value';
import { NamedQuantities } from './named-quantity';
import { Destinations } from './destination';
import { DefinedActions } from './defined-action';
import type { ApiMapperOptions } from './api-mapper-options';

/**
 * What a mapper reads from its API document once, before any request: each function's profile,
 * kind and path, the document's scope, and the readers of values, destinations and contrasts.
 * They depend only on the built index, the lexicon, the device's noun and the contrast weight,
 * never on a request, so agents of one process that serve the same document share one set: a
 * fleet of a thousand robots has a handful of dialects of one document, not a thousand readings.
 */
export interface MapperReadings {
  byName: Map<string, NormalisedFunction>;
  profiles: Map<string, FunctionProfile>;
  kinds: Map<string, 'action' | 'query'>;
  selfNoun: string | undefined;
  scope: DocumentScope;
  /** Whether any function takes a number: a number said is then in the document's terms. */
  takesNumber: boolean;
  /** Whether a function takes a free-text item ("add toilet paper"): then any words may be its value. */
  takesItems: boolean;
  deviceNouns: Set<string>;
  paths: Map<string, Path>;
  pathsDiffer: boolean;
  /** Whether any function takes a share ("halfway", "30%"). */
  acceptsPercentage: boolean;
  targets: TargetValues;
  destinations: Destinations;
  /** An action the document has no word for, read by its WordNet definition (mapper/defined-action.ts). */
  defined: DefinedActions;
  contrast: SharedObjectContrast;
  unexplained: UnexplainedFit;
  /** A command whose verb and object the chosen function does not account for (mapper/unaccounted-word.ts). */
  unaccounted: UnaccountedWords;
  /** A command to a device of free-text items whose verb the chosen function does not account for (mapper/item-deed.ts). */
  itemDeeds: ItemDeeds;
}

/** Stands for "no lexicon" as a weak key. */
const NO_LEXICON = {};

/**
 * Weakly held by the built index and then the lexicon: when no agent and no index cache holds the
 * index any more, its readings go with it. Within them, one entry per device noun and contrast weight.
 */
const shared = new WeakMap<BuiltIndex, WeakMap<Lexicon | typeof NO_LEXICON, Map<string, MapperReadings>>>();

/** The readings of a built index for these options: read once, or shared with another agent that read the same. */
export function mapperReadingsFor(built: BuiltIndex, options: ApiMapperOptions): MapperReadings {
  const byLexicon = shared.get(built) ?? new WeakMap<Lexicon | typeof NO_LEXICON, Map<string, MapperReadings>>();
  shared.set(built, byLexicon);
  const lexiconKey = options.lexicon ?? NO_LEXICON;
  const byOptions = byLexicon.get(lexiconKey) ?? new Map<string, MapperReadings>();
  byLexicon.set(lexiconKey, byOptions);
  const key = JSON.stringify([options.selfNoun ?? null, options.sharedObjectContrast ?? null]);
  let readings = byOptions.get(key);
  if (!readings) {
    readings = readDocument(built, options);
    byOptions.set(key, readings);
  }
  return readings;
}

function readDocument(built: BuiltIndex, options: ApiMapperOptions): MapperReadings {
  const { document, views } = built;
  const lexicon = options.lexicon;
  const profiles = new Map(
    document.functions.map((fn, position) => [fn.name, functionProfile(fn, views.documents[position]?.fields[0]?.words ?? [], views.language)]),
  );
  markOppositions([...profiles.values()], lexicon);
  const kinds = new Map(document.functions.map((fn) => [fn.name, functionKindOf(fn, views.nameReadings.get(fn.name), lexicon?.wordNet)]));
  const selfNoun = options.selfNoun ?? document.nouns[0];
  const deviceNouns = nounWords([...document.nouns, ...(selfNoun ? [selfNoun] : [])]);
  const quantities = new NamedQuantities(document.functions, views.documents, [...deviceNouns], lexicon?.wordNet);
  const paths = new Map(document.functions.map((fn) => [fn.name, functionPath(fn.description, deviceNouns)]));
  return {
    byName: new Map(document.functions.map((fn) => [fn.name, fn])),
    profiles,
    kinds,
    selfNoun,
    scope: documentScope(document, views, lexicon, selfNoun),
    takesItems: document.functions.some((fn) => takesOneItem(fn.parameters, isNameOrSecret)),
    takesNumber: document.functions.some((fn) => fn.parameters.some((parameter) => parameter.type === 'number' || parameter.type === 'integer')),
    deviceNouns,
    paths,
    pathsDiffer: [...paths.values()].includes(1) && [...paths.values()].includes(-1),
    acceptsPercentage: document.functions.some((fn) => fn.parameters.some(takesPercentage)),
    targets: new TargetValues(document.functions, document.nouns, selfNoun, lexicon?.wordNet, quantities),
    destinations: new Destinations(document.functions, views.documents, profiles, kinds, lexicon?.wordNet, [...deviceNouns]),
    defined: new DefinedActions(document.functions, views.documents, lexicon),
    contrast: new SharedObjectContrast(document.functions, views.documents, lexicon, options.sharedObjectContrast, undefined, new MadeOrJoined(profiles.values(), lexicon?.wordNet)),
    unexplained: new UnexplainedFit(document.functions, views.documents, lexicon),
    unaccounted: new UnaccountedWords(document, views, lexicon?.wordNet, deviceNouns, quantities, selfNoun),
    itemDeeds: new ItemDeeds(document, views, lexicon, deviceNouns, paths, selfNoun),
  };
}
