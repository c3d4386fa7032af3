/** English words that mark a noun phrase or a verb's particle, shared by the request readers. */

/** Articles, demonstratives, possessives and quantifiers that open a noun phrase: "the", "my", "every". */
export const DETERMINERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'my', 'our', 'your', 'his', 'her', 'their', 'this', 'that', 'these', 'those', 'all', 'both', 'every']);

/** Particles of phrasal verbs ("turn on", "check ... off", "turn it up"), also prepositions before a noun. */
export const VERB_PARTICLES: ReadonlySet<string> = new Set(['on', 'off', 'up', 'down', 'out']);

/**
 * Verbs whose particle belongs to them ("turn on", "check ... off", "lock up"): after one of these,
 * on/off/up/down is the verb's particle, not a preposition.
 */
export const PHRASAL_VERBS: ReadonlySet<string> = new Set(['turn', 'switch', 'power', 'put', 'flip', 'shut', 'start', 'boot', 'hook', 'plug', 'light', 'fire', 'crank', 'lock', 'open', 'close', 'roll', 'pull', 'bring', 'wind', 'check', 'tick', 'cross']);

/** A pronoun that stands for something said before: "add it to my list", "check it for free space". */
export const REFERRING_PRONOUN = /\b(?:it|them)\b/i;
