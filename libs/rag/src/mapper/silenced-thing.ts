import { en, isStopword, stem, words, type WordNet } from '@meshmind/language';
import type { DeviceStateValues } from '@meshmind/protocol';
import type { NormalisedDocument } from '../api-document';
import { adjectiveVerbsDirection } from '../arguments/adjective-verbs';
import { relativeDirection } from '../arguments/parameter-values';

/**
 * "kill the sound", "cut the audio", "sound off", "bring the sound back", "hush the speaker": the thing
 * a yes/no state is of, said switched off or back on, is that state set. A player's document says
 * "muted: Whether the sound is muted" and its setter "True to mute, false to unmute": the sound is the
 * thing the flag silences, so the sound said off (a particle of the off end, a verb that ends or
 * switches off, or a verb WordNet gives as the sound's opposite: "silence", "hush", "shush") asks for
 * the flag's true side, and the sound said back (while the flag is set) for its false side. Read as a
 * scale, "kill the sound" and "cut the audio" turned the volume down, "sound off" put the player in
 * standby and "bring the sound back on" muted it ("on" read as true).
 *
 * Only where the document says both: a flag field "Whether the X is ..." whose X is no noun of the
 * device itself ("Whether the player is switched on" is the device's own power, read elsewhere), and
 * one action whose only parameter is that flag, described "True to A, false to B". No number and no
 * word of a scale direction ("turn the sound down", "quieten the telly" are the volume) may be said; the request is one
 * command (a clause after "but" says what to leave: "turn the audio off but leave the picture"). It
 * is then said in the document's own words ("mute the sound", "unmute the sound").
 */
const SIDE = (literal: 'true' | 'false') => new RegExp(`\\b${literal}\\s+to\\s+([a-z]+)\\s*(?:[,.;]|$)`, 'i');
const THING = /^\s*whether\s+(?:the\s+)?([a-z]+)\s+is\b/i;
/** A WordNet relation as close as a derivation or a synonym ("audio" of "sound"). */
const MEETING = 0.75;
/** Aspectual verbs: a verb related to these ends what it acts on ("kill" is also "end, terminate"). */
const ENDING = ['stop', 'end'];
const JOINED = new Set(['and', 'then', 'also', 'plus']);
const RETURN = 'back';

interface Silenced {
  thing: string;
  onTrue: string;
  onFalse: string;
  key: string;
}

function silencedFlags(document: NormalisedDocument): Silenced[] {
  const own = new Set(document.nouns.flatMap((noun) => words(noun.toLowerCase())).map(stem));
  return document.functions.flatMap((fn): Silenced[] => {
    const [parameter, ...rest] = fn.parameters;
    if (fn.kind === 'query' || !parameter || rest.length > 0 || parameter.type !== 'boolean') return [];
    const field = document.state?.[parameter.name];
    const thing = field?.type === 'boolean' ? THING.exec(field.description ?? '')?.[1]?.toLowerCase() : undefined;
    const onTrue = SIDE('true').exec(parameter.description ?? '')?.[1]?.toLowerCase();
    const onFalse = SIDE('false').exec(parameter.description ?? '')?.[1]?.toLowerCase();
    if (!thing || !onTrue || !onFalse || own.has(stem(thing))) return [];
    return [{ thing, onTrue, onFalse, key: parameter.name }];
  });
}

/** Whether a verb is, by a close WordNet relation, the thing's opposite ("silence" of "sound"; "hush", "shush" through it). */
function opposesThing(verb: string, thing: string, wordNet: WordNet): boolean {
  const [first, second] = wordNet.verbSenses(verb);
  const kin = [verb, ...[first, second].flatMap((sense) => (sense ? [...sense.lemmas, ...sense.hypernyms] : []))].filter((lemma) => !lemma.includes('_'));
  return kin.some((lemma) => wordNet.antonyms(lemma).has(stem(thing)));
}

/** Whether a verb ends or switches off what it acts on: related to an aspectual "stop"/"end", or a sense that lists a switching-off function of the device ("cut": "switch off, cut, turn off"). */
function endsThing(verb: string, document: NormalisedDocument, wordNet: WordNet): boolean {
  const relatives = wordNet.verbRelatives(verb);
  if (ENDING.some((word) => (relatives.get(stem(word)) ?? 0) >= 0.5)) return true;
  const offNames = new Set(document.functions.filter((fn) => (fn.effects ?? []).some((effect) => 'value' in effect && effect.value === false)).map((fn) => fn.name.toLowerCase()));
  return wordNet.verbSenses(verb).some((sense) => sense.lemmas.some((lemma) => offNames.has(lemma.toLowerCase())));
}

export function withSilencedThing(text: string, document: NormalisedDocument, state: DeviceStateValues, wordNet: WordNet | undefined): string {
  if (!wordNet || /\d/.test(text)) return text;
  const flags = silencedFlags(document);
  if (flags.length !== 1) return text;
  const flag = flags[0]!;
  const first = (text.split(/[,;:.!?]/)[0] ?? text).toLowerCase();
  const all = words(first);
  const cut = all.findIndex((word) => JOINED.has(word) || word === 'but');
  if (cut >= 0 && all[cut] !== 'but') return text;
  if (text.toLowerCase().split(/[,;:.!?]/).slice(1).some((part) => words(part).some((word) => !isStopword(word) && !en.courtesy.has(word)))) return text;
  const said = cut >= 0 ? all.slice(0, cut) : all;
  // "quieten the telly": a verb of a scale's adjective ("quiet") steps the scale, though WordNet files it beside "hush".
  if (said.length === 0 || relativeDirection(said.join(' ')) !== 0 || adjectiveVerbsDirection(said.join(' '), wordNet) !== 0) return text;
  const named = said.some((word) => stem(word) === stem(flag.thing) || (wordNet.related(word, 'noun').get(stem(flag.thing)) ?? 0) >= MEETING);
  let at = 0;
  while (at < said.length && (en.courtesy.has(said[at]!) || isStopword(said[at]!))) at += 1;
  const verb = said[at];
  const verbal = verb !== undefined && wordNet.isVerb(verb) && stem(verb) !== stem(flag.thing);
  // "on the telly": a particle before a determiner is a preposition of place, not the end of the thing.
  const particles = said.filter((word, index) => en.verbParticles.has(word) && !en.determiners.has(said[index + 1] ?? ''));
  const off = particles.some((word) => wordNet.pole(word) === -1);
  const back = said.includes(RETURN) || particles.some((word) => wordNet.pole(word) === 1);
  const rewrite = (side: string) => `${side} the ${flag.thing}`;
  if (verbal && !named && !off && !back && opposesThing(verb, flag.thing, wordNet)) return rewrite(flag.onTrue);
  if (!named) return text;
  if (off && !said.includes(RETURN)) return rewrite(flag.onTrue);
  if (back && !off) return state[flag.key] === false ? text : rewrite(flag.onFalse);
  if (verbal && (opposesThing(verb, flag.thing, wordNet) || endsThing(verb, document, wordNet))) return rewrite(flag.onTrue);
  return text;
}
