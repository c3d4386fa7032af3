import { words } from '@meshmind/language';

/**
 * German puts a separable verb's prefix at the end of its clause: "Fragt den Ladezustand ab" is
 * "abfragen" (to query), "Listet die Netze auf" is "auflisten" (to list). Read word by word, "fragt"
 * is "asks" and "ab" is "off", and "off" sets the note against the very request it serves. A clause
 * that ends in one of the language's separable prefixes is read with the prefix joined to its verb,
 * the first word of its last joined clause that the dictionary then knows ("abfragt" -> "abfragen");
 * where none is known the clause is read as written.
 */
export interface SeparableVerbReader {
  /** The words to look up for every clause of these notes: each prefix joined to each word before it. */
  candidates(descriptions: readonly string[]): string[];
  /** The note's words, each joined verb in its finite verb's place and the prefix gone. */
  tokens(description: string, isKnown: (word: string) => boolean): string[];
}

// Shorter words are prepositions and articles ("in", "den"), never the verb: "ab" + "in" is "Abi".
const MINIMUM_VERB = 4;
// A clause ends at sentence punctuation, a colon or an opening parenthesis ("Stellt ... ein (-90 bis 90).").
const CLAUSE_END = /[.;:!?()\n]+/;

export function separableVerbReader(prefixes: ReadonlySet<string>, conjunctions: ReadonlySet<string>): SeparableVerbReader {
  const clauses = (description: string) => description.split(CLAUSE_END).map((clause) => words(clause)).filter((clause) => clause.length > 0);
  const endsInPrefix = (clause: readonly string[]) => clause.length >= 2 && prefixes.has(clause[clause.length - 1]!);
  return {
    candidates(descriptions) {
      const found = new Set<string>();
      for (const description of descriptions) {
        for (const clause of clauses(description)) {
          if (!endsInPrefix(clause)) continue;
          const prefix = clause[clause.length - 1]!;
          for (const word of clause.slice(0, -1)) if (word.length >= MINIMUM_VERB && !prefixes.has(word)) found.add(`${prefix}${word}`);
        }
      }
      return [...found];
    },
    tokens(description, isKnown) {
      return clauses(description).flatMap((clause) => {
        if (!endsInPrefix(clause)) return clause;
        const prefix = clause[clause.length - 1]!;
        const body = clause.slice(0, -1);
        // The prefix belongs to the finite verb of the last joined clause, which opens it in a note
        // ("Schaltet die Pumpe aus", "... und dockt zum Laden an") or follows its subject: the
        // first word from there that joins, not the nearest ("Pumpe" + "aus" is "auspumpen" too).
        let start = 0;
        body.forEach((word, index) => {
          if (conjunctions.has(word)) start = index + 1;
        });
        for (let index = start; index < body.length; index += 1) {
          const joined = `${prefix}${body[index]!}`;
          if (body[index]!.length >= MINIMUM_VERB && !prefixes.has(body[index]!) && isKnown(joined)) return [...body.slice(0, index), joined, ...body.slice(index + 1)];
        }
        return clause;
      });
    },
  };
}

/**
 * The verb a dictionary may know without its separable prefix: "auflisten" (to list) is missing from
 * FreeDict where "listen" (to list) is not, and an identifier keeps the prefix joined
 * ("wlan_netze_auflisten"). Left untranslated the name says nothing, and its function was read as an
 * action. Undefined where the word opens with no prefix or leaves too short a verb.
 */
export function withoutSeparablePrefix(word: string, prefixes: ReadonlySet<string>): string | undefined {
  const lower = word.toLowerCase();
  const prefix = [...prefixes].filter((candidate) => lower.startsWith(candidate)).sort((left, right) => right.length - left.length)[0];
  return prefix !== undefined && lower.length - prefix.length >= MINIMUM_VERB ? lower.slice(prefix.length) : undefined;
}
