import { en, enReference, fillTemplate } from '@meshmind/language';

const ENOUGH = enReference.hadEnough;
const OPENERS: ReadonlySet<string> = new Set(ENOUGH.openers);
/** Words that say nothing of the thing had enough of: courtesy and determiners ("enough of the fan, thanks"). */
const EMPTY = (word: string) => en.courtesy.has(word) || en.determiners.has(word);

/**
 * "That's enough hoovering", "enough of the fan for now", "that's enough music, thanks" (issue #17): a
 * statement that the speaker has had enough of a thing asks for its end. Read word by word, the
 * thing's own words met the function that starts it ("hoovering" is the vacuum's cleaning, "fan" the
 * fan's running), and the vacuum set off cleaning and the fan was switched on, the opposite of the
 * wish. Each clause that is only the word of sufficiency (past "that's", "ok") with its "of" and
 * the thing after it is said as the end of that thing ("stop hoovering", "stop the fan for now"),
 * which the mapper reads as it reads any stop. A clause that asks ("is that enough?"), measures
 * ("warm enough", "the lamp's enough") or goes on to a verb ("enough to wake the baby") is left as
 * said.
 */
export function withHadEnough(text: string): string {
  if (/\?/.test(text)) return text;
  return text.replace(/[^,;.!]+/g, (clause) => {
    const said = clause.trim().split(/\s+/).filter(Boolean);
    let at = 0;
    while (at < said.length && OPENERS.has(said[at]!.toLowerCase().replace(/[’‘]/g, "'"))) at += 1;
    if (said[at]?.toLowerCase() !== ENOUGH.sufficiency) return clause;
    at += 1;
    if (said[at]?.toLowerCase() === ENOUGH.of) at += 1;
    const thing = said.slice(at);
    // "enough to ...", "enough, thanks": a verb of purpose, or nothing named.
    if (thing.length === 0 || thing[0]!.toLowerCase() === 'to' || thing.every((word) => EMPTY(word.toLowerCase()))) return clause;
    const lead = clause.match(/^\s*/)![0];
    return `${lead}${fillTemplate(ENOUGH.command, { thing: thing.join(' ') })}${clause.endsWith(' ') ? ' ' : ''}`;
  });
}
