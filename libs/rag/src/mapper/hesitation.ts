import { en } from '@meshmind/language';

/**
 * The sounds a speaker makes while finding the next word ("um", "uh", "erm"): a closed class of
 * hesitations, no word of any request. Speech typed by a voice assistant keeps them wherever they
 * fell, not only before the request where the discourse openers read them off: "um add uh jam"
 * added the item "uh jam", "uh can you like scan shelf 10" was declined for "uh" (issue #17,
 * voices25).
 */
const HESITATIONS = new Set(['um', 'umm', 'ummm', 'uh', 'uhh', 'uhhh', 'uhm', 'erm', 'er', 'err', 'ehm', 'hmm', 'hmmm', 'mm', 'mmm']);

/** The polite ask "like" may stand in as a hesitation: the modals and the addressee (en.mood's politeAsks and politeAddressees), and what after "like" makes it the verb ("like to", "like the", "like some"). */
const MODALS: ReadonlySet<string> = new Set(en.mood.politeAsks);
const ADDRESSEES: ReadonlySet<string> = new Set(en.mood.politeAddressees);
const NOT_A_VERB_NEXT: ReadonlySet<string> = new Set(['to', 'it', 'this', 'that', 'them', 'me', 'some', 'any', 'more', ...en.determiners]);

const QUOTED = /(["“‘]|(?<![\p{L}])').*?(["”’]|'(?![\p{L}]))/u;

/**
 * The request without its hesitations, each with the comma or the dots it was set off by, and with
 * a word said twice in a row as a restart said once ("turn the the light off", "go to shelf uh shelf 6"). A request that is only hesitations, or one that ends on one
 * ("volume to uh": cut off), is left as said (there is nothing else to read), as is any word inside quotes (a network's name).
 */
export function withoutHesitations(text: string): string {
  if (QUOTED.test(text)) return text;
  const tokens = text.split(/\s+/).filter((token) => token !== '');
  const bare = (token: string) => token.toLowerCase().replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
  const said: string[] = [];
  for (const [index, token] of tokens.entries()) {
    const word = bare(token);
    // "volume to uh": a hesitation the request ends on says it was cut off, and stays.
    if (HESITATIONS.has(word) && index === tokens.length - 1 && !/[?!]$/.test(token)) {
      said.push(token);
      continue;
    }
    // "can you like scan shelf 10": "like" said as a hesitation between a polite ask and its verb ("would you like to", "like the photo" stay).
    const [askedBy, addressee] = [bare(tokens[index - 2] ?? ''), bare(tokens[index - 1] ?? '')];
    if (word === 'like' && MODALS.has(askedBy) && ADDRESSEES.has(addressee) && !NOT_A_VERB_NEXT.has(bare(tokens[index + 1] ?? 'to'))) continue;
    if (HESITATIONS.has(word)) {
      // The end of the sentence it stood at stays: "is the fan on, um?" is still a question.
      const end = /[?!]+$/.exec(token)?.[0];
      if (end && said.length > 0) said[said.length - 1] = said[said.length - 1]!.replace(/[,.;…]+$/, '') + end;
      continue;
    }
    const previous = said.at(-1);
    if (previous !== undefined && /^\p{L}+$/u.test(word) && bare(previous) === word && previous === previous.replace(/[^\p{L}\p{N}]+$/u, '')) continue;
    said.push(token);
  }
  const kept = said.join(' ').replace(/^[\s,.;…-]+/, '').trim();
  return said.some((token) => /[\p{L}\p{N}]/u.test(token) && !HESITATIONS.has(bare(token))) ? kept : text;
}
