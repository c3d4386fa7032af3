import { en, enMapping, enReference, isFunctionWord, type WordNet } from '@meshmind/language';

/**
 * What it reads: the speaker musing aloud on what they do not know, before "if" or "whether": "I wonder if the garage
 * is still open", "not sure whether I locked up", "I can't remember if the heating's on", "no idea if the hoover has
 * finished". Why: such a sentence opens with no verb of a command nor a question's word, so the mood reader found it
 * neutral, and the ranking fell to the deed its clause names ("I wonder if the garage is open" opened the garage, "I'm
 * wondering if the door is unlocked" unlocked it): a wrong deed where a reading was wanted (issue #17). It asks what
 * "tell me if ..." asks, and is read so. "I wonder if you could open the garage" asks for the deed, politely: "could
 * you open the garage".
 *
 * The frame is the speaker's (a subject pronoun, or none: "wondering if", "not sure if"), within a few words, with a
 * word of knowing in it: a verb WordNet files under cognition first ("wonder", "remember", "know", "recall"); or,
 * negated, an adjective of a mental state (its attribute noun a kind of "mental state": "not sure", "unsure", "not
 * certain") or a noun of knowing ("no idea if"). A clause with a comma after it ("I think if it's cold, put the
 * heating on") is a condition and its command, and is left as it is.
 */

const OPENERS: ReadonlySet<string> = new Set(['if', 'whether']);
const SPEAKERS: ReadonlySet<string> = new Set(enReference.speakersOwnDeed.speakers);
const ADDRESSEES: ReadonlySet<string> = new Set(enReference.speakersOwnDeed.addressee);
/** The modals a polite ask is made with ("if you could", "whether you would"): a deed to come, and the courtesy's own. */
const MODALS: ReadonlySet<string> = new Set([...enReference.speakersOwnDeed.modals, 'would']);
/** A modal contracted onto the addressee ("you'd", "you'll"): its ending. */
const CONTRACTED: ReadonlySet<string> = new Set(['d', ...enReference.speakersOwnDeed.contractions]);
/** The words that negate a frame ("not sure", "no idea", "never know if"): the language's negators of a verb and of a value. */
const NEGATIONS: ReadonlySet<string> = new Set([...en.verbNegators, ...enMapping.negatedValueOpeners]);
/** The most words the frame takes before its "if" ("I was just wondering whether", "I honestly can't remember if"). */
const FRAME_WORDS = 6;
/** A mental state, the attribute an adjective of certainty names ("sure", "certain": certainty, sureness). */
const MENTAL_STATE = 'mental state';
const KNOWING_NOUN_TOP = 'cognition';

const negated = (word: string) => NEGATIONS.has(word) || word.endsWith("n't");

/** Whether one word of a frame says knowing: a verb of cognition, or (negated) an adjective of a mental state or a noun of knowing. */
function knowingWord(word: string, isNegated: boolean, wordNet: WordNet): boolean {
  if (wordNet.verbSenses(word)[0]?.category === 'cognition' && !isFunctionWord(word, 'en')) return true;
  if (!isNegated && !(wordNet.canBe(word, 'adj') && [...wordNet.antonyms(word)].some((antonym) => word.endsWith(antonym) && word !== antonym))) return false;
  if (wordNet.canBe(word, 'adj') && [...wordNet.attributeNouns(word, 1)].some((noun) => wordNet.nounAncestors(noun, 'first').has(MENTAL_STATE))) return true;
  return isNegated && wordNet.canBe(word, 'noun') && !wordNet.isVerb(word) && wordNet.nounAncestors(word, 'first').has(KNOWING_NOUN_TOP);
}

/** Whether the words before "if" are the speaker's frame of not knowing. */
function musingFrame(frame: readonly string[], wordNet: WordNet): boolean {
  if (frame.length === 0 || frame.length > FRAME_WORDS) return false;
  const plain = frame.map((word) => word.replace(/'.*$/, ''));
  const subject = SPEAKERS.has(plain[0]!);
  const isNegated = frame.some(negated);
  // With no subject, the frame is an -ing form or negated ("wondering if", "not sure whether"): a bare verb opens a command ("check if ...").
  if (!subject && !isNegated && !frame[0]!.endsWith('ing')) return false;
  if (frame.some((word) => ADDRESSEES.has(word))) return false;
  return frame.some((word) => knowingWord(word, isNegated, wordNet));
}

/**
 * The request with the speaker's musing frame read as what it asks: "tell me if ..." for a question, "could you ..."
 * where the clause is the addressee's deed with a modal ("I wonder if you could pause the telly"). Unchanged otherwise.
 */
export function withMusingAsked(text: string, wordNet: WordNet | undefined): string {
  if (!wordNet) return text;
  const tokens = [...text.replace(/[’‘]/g, "'").matchAll(/[\p{L}\p{N}']+/gu)];
  const at = tokens.findIndex((token, index) => index > 0 && OPENERS.has(token[0].toLowerCase()));
  if (at < 0) return text;
  // The frame starts after a comma before it ("hmm, I wonder if ..."); a comma after the clause's start makes it a condition.
  const start = text.slice(0, tokens[at]!.index!).lastIndexOf(',');
  const frame = tokens.slice(0, at).filter((token) => token.index! > start).map((token) => token[0].toLowerCase());
  const clause = text.slice(tokens[at]!.index! + tokens[at]![0].length).trim();
  if (clause === '' || clause.replace(/[,.!?\s]+$/, '').includes(',') || !musingFrame(frame, wordNet)) return text;
  // "if you'd ...", "if you'll ...": the addressee with its modal contracted.
  const [first = '', second = '', ...rest] = clause.replace(/[’‘]/g, "'").replace(/^(\p{L}+)'(d|ll)\b/u, '$1 $2').split(/\s+/);
  if (ADDRESSEES.has(first.toLowerCase()) && (MODALS.has(second.toLowerCase()) || CONTRACTED.has(second.toLowerCase())) && rest.length > 0) return `could you ${rest.join(' ')}`;
  return `tell me ${tokens[at]![0].toLowerCase()} ${clause}`;
}
