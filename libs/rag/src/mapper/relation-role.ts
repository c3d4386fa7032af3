import { en, enMapping, stem, words, type RequestReading, type WordNet } from '@meshmind/language';
import type { NormalisedFunction } from '../api-document';
import type { HybridDocument } from '../search/hybrid-index';

/**
 * Two functions can take the same values and name the same thing yet stand at opposite ends of a
 * relation: one makes the device join a network, the other makes the device the network others
 * join ("Turns the robot into an access point that other devices can join", "broadcasts its own
 * WiFi network"). Their words barely differ; the role does. A document marks the device as the
 * end others come to with words of self and others ("its own", "itself", "other devices") or of
 * role ("acts as", "turns into"), next to the device's own noun, or names the device as where the
 * thing is ("opens an access point on the robot"). A request takes the same side
 * with the same words ("your own wifi", "set yourself up as", "so the tablets can connect") or
 * takes the other side by going to the thing ("get onto the Loading wifi", "connect to it").
 * Only functions that take the same values and differ in that mark are told apart; the rest get 0.
 */

const { relationRole, purpose } = enMapping;
const DOCUMENT_MARKERS = new Set(relationRole.documentMarkers);
const REQUEST_MARKERS = new Set(relationRole.requestMarkers);
const ADDRESSEE = new Set([enMapping.addressee.subject, enMapping.addressee.reflexive]);
const PURPOSE_OPENERS = new Set(purpose.markerBeforeSubject);
const THIRD_PARTIES = new Set(purpose.subjects.filter((word) => !ADDRESSEE.has(word)));
/** How many words after a goal preposition may name what is gone to ("onto the Loading-Bay wifi"). */
const GOAL_WORDS = 4;
const PLACES = new Set(relationRole.placePrepositions);

type Role = 'self' | 'other';

function signature(fn: NormalisedFunction): string {
  return fn.parameters.map((parameter) => parameter.type).join(',');
}

export class RelationRoles {
  /** Functions marked as the end others come to, and those of the same values that are not. */
  private readonly roles = new Map<string, Role>();
  /** Stems of every word the split functions' documents give: what a request can go to. */
  private readonly reachable = new Set<string>();
  private last: { text: string; side: Role | undefined } | undefined;

  constructor(functions: readonly NormalisedFunction[], documents: readonly HybridDocument[], nouns: readonly string[], private readonly wordNet: WordNet | undefined) {
    const deviceNouns = new Set(nouns.flatMap((noun) => words(noun.toLowerCase())).map(stem));
    const groups = new Map<string, Array<{ fn: NormalisedFunction; marked: boolean; stems: Set<string> }>>();
    functions.forEach((fn, position) => {
      if (fn.parameters.length === 0) return;
      const document = documents[position];
      const said = [...(document?.views.slice(0, 1) ?? []), ...(document?.fields ?? []).flatMap((field) => field.words)].flatMap((text) => words(text.toLowerCase()));
      const stems = new Set(said.map(stem));
      // "Opens an access point on the robot": the device named as the place the thing is, in the document's own sentence.
      // A gloss read word by word puts words side by side that its language did not ("connecte le robot" -> "plug in robot").
      const written = words(fn.description.toLowerCase());
      const placedOnDevice = written.some((word, index) => PLACES.has(word) && deviceNouns.has(stem(en.determiners.has(written[index + 1] ?? '') ? (written[index + 2] ?? '') : (written[index + 1] ?? ''))));
      const marked = placedOnDevice || (said.some((word) => DOCUMENT_MARKERS.has(word)) && [...deviceNouns].some((noun) => stems.has(noun)));
      const key = signature(fn);
      groups.set(key, [...(groups.get(key) ?? []), { fn, marked, stems }]);
    });
    for (const group of groups.values()) {
      if (!group.some((member) => member.marked) || group.every((member) => member.marked)) continue;
      for (const member of group) {
        this.roles.set(member.fn.name, member.marked ? 'self' : 'other');
        for (const word of member.stems) this.reachable.add(word);
      }
    }
    for (const noun of enMapping.network.networkNouns) this.reachable.add(stem(noun));
  }

  /** Which side the request takes: 'self' where the device is what others come to, 'other' where it goes to something. */
  private side(said: readonly string[]): Role | undefined {
    if (said.some((word) => REQUEST_MARKERS.has(word))) return 'self';
    // "so the tablets can connect": someone else does what the request is for.
    if (said.some((word, index) => PURPOSE_OPENERS.has(word) && THIRD_PARTIES.has(said[index + 1] ?? '') && !ADDRESSEE.has(said[index + 2] ?? ''))) return 'self';
    const goesTo = said.some((word, index) => {
      if (!en.motionGoals.has(word) || ADDRESSEE.has(said[index + 1] ?? '')) return false;
      const next = said[index + 1] ?? '';
      // "to start a hotspot" is an infinitive, not a place gone to.
      if (!en.determiners.has(next) && this.wordNet?.isVerb(next) && !this.reachable.has(stem(next))) return false;
      return said.slice(index + 1, index + 1 + GOAL_WORDS).some((goal) => this.reachable.has(stem(goal)));
    });
    return goesTo ? 'other' : undefined;
  }

  /** +1 for a function on the side the request takes, -1 for one on the other side, 0 where the document does not split. */
  fit(fn: NormalisedFunction, reading: RequestReading): number {
    const role = this.roles.get(fn.name);
    if (!role) return 0;
    if (this.last?.text !== reading.text) this.last = { text: reading.text, side: this.side(reading.words.map((word) => word.toLowerCase())) };
    const { side } = this.last;
    if (!side) return 0;
    return side === role ? 1 : -1;
  }
}
