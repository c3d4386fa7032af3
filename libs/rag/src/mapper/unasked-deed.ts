import type { WordNet } from '@meshmind/language';
import type { NormalisedDocument } from '../api-document';
import type { MapResult } from './api-mapper-options';
import { adviceDeclined } from './advice-asked';
import { cutOffRequest } from './cut-off-request';
import { deviceReport } from './device-report';
import { evaluatedRequest } from './evaluative-opener';
import { forbiddenDeed } from './forbidden-deed';
import { leftAsItIs } from './left-as-is';
import { namedOnly } from './named-only';
import { notAddressed } from './not-addressed';
import { repairedDeed } from './repaired-deed';
import { soundAlikeRequest } from './sound-alike';
import { neededDeedDeclined } from './needed-deed';
import type { DocumentScope } from './scope';
import { speakersOwnDeed } from './speakers-own-deed';
import { reminderDeclined } from './speaker-reminded';
import { speakersPastDeedDeclined } from './speakers-past-deed';
import { statedEvent } from './stated-event';
import { unheldCondition } from './unheld-condition';
import { awaitedEventDeclined } from './awaited-event';
import { unreadExcess } from './unread-excess';
import { unwishedDeedDeclined } from './unwished-deed';

/** What the readers of a request that asks for no deed need of the mapper. */
export interface UnaskedDeedContext {
  scope: DocumentScope;
  document: NormalisedDocument;
  /** The request mapped as a command of its own: the deed a negation or a statement names. */
  mapDeed: (deed: string) => Promise<MapResult>;
  /** Whether a word names this device (its nouns, names, places, a pronoun): state-condition.ts `ownWordsOf`. */
  ownWord: (word: string) => boolean;
  selfNoun: string | undefined;
  wordNet: WordNet | undefined;
  /** Whether a function takes a free-text item (a list): the speaker's past deed is then an item done (done-report.ts). */
  takesItems?: boolean;
  /** The device's state: a stated excess its document remedies by an option in this state is read, not declined (remedy-option.ts). */
  state?: Readonly<Record<string, unknown>>;
}

/**
 * A request that asks the device for no deed is declined before any call is chosen: a forbidden
 * deed ("don't unlock the door": mapper/forbidden-deed.ts), a deed not wished ("I'd rather you didn't
 * lock it": mapper/unwished-deed.ts), the device left as it is ("leave the
 * blinds where they are": mapper/left-as-is.ts), the speaker's own deed to come ("I'll unlock it
 * myself": mapper/speakers-own-deed.ts) or done already ("I turned the plug off already":
 * mapper/speakers-past-deed.ts), a question of advice ("should I turn the lamp off?":
 * mapper/advice-asked.ts), a reminder asked for ("remind me to turn the lights off":
 * mapper/speaker-reminded.ts), a need to do that has no thing for a list ("we need to leave at nine":
 * mapper/needed-deed.ts), a command under a condition it cannot check ("if you're done, go and
 * charge": mapper/unheld-condition.ts) or said to wait for an event ("after you charge, head to shelf
 * 12": mapper/awaited-event.ts), a quality said too much or enough that no reading makes a
 * change of the device ("the fan's too strong": mapper/unread-excess.ts), a statement of what the
 * device is or does ("the hoover's beeping": mapper/device-report.ts), a report of what happened or of
 * what someone else does ("the kids left the back door open": mapper/stated-event.ts), the device only named ("the fan": mapper/named-only.ts), a
 * request cut off before its object ("turn the": mapper/cut-off-request.ts), a request said to someone else ("not you, the
 * wrapper: stop it": mapper/not-addressed.ts).
 */
export async function unaskedDeed(asked: string, context: UnaskedDeedContext): Promise<MapResult | undefined> {
  const { scope, mapDeed, selfNoun, wordNet, ownWord } = context;
  return (
    notAddressed(asked, selfNoun) ?? // "not you, the wrapper: stop it", "I wasn't talking to you": said to someone else (not-addressed.ts)
    (await soundAlikeRequest(asked, mapDeed, wordNet)) ?? // "go 2 shelf 6", "dim it too 30", "go to shelf 3 an scan it": read as meant (sound-alike.ts)
    (await evaluatedRequest(asked, context.document, mapDeed, wordNet)) ?? // "great, the lights are off again": read without the verdict before it (evaluative-opener.ts)
    (await repairedDeed(asked, mapDeed, wordNet)) ?? // "lock the door no wait unlock it", "go to shelf 3 no wait don't": the command as the speaker repaired it (repaired-deed.ts)
    (await forbiddenDeed(asked, scope, mapDeed, selfNoun, wordNet, ownWord)) ??
    (await unwishedDeedDeclined(asked, scope, mapDeed, selfNoun, wordNet)) ??
    leftAsItIs(asked, { wordNet, ownWord, selfNoun }) ??
    (await speakersOwnDeed(asked, scope, mapDeed, selfNoun, wordNet)) ??
    (await speakersPastDeedDeclined(asked, context.takesItems ?? false, scope, mapDeed, selfNoun, wordNet)) ??
    (await adviceDeclined(asked, scope, mapDeed, selfNoun, wordNet)) ??
    (await reminderDeclined(asked, context.takesItems ?? false, scope, mapDeed, selfNoun, wordNet)) ??
    neededDeedDeclined(asked, context.takesItems ?? false, selfNoun, wordNet) ??
    (await unheldCondition(asked, context.document, ownWord, mapDeed, selfNoun, wordNet)) ??
    (await awaitedEventDeclined(asked, context.document, ownWord, mapDeed, selfNoun, wordNet)) ?? // "once the aisle clears, drive to shelf 10": an event it cannot wait for (awaited-event.ts)
    unreadExcess(asked, context.document, context.state ?? {}, selfNoun, wordNet) ??
    deviceReport(asked, context.document, context.state ?? {}, ownWord, selfNoun, wordNet) ??
    statedEvent(asked, ownWord, selfNoun, wordNet, context.takesItems) ?? // "the kids left the back door open": what happened or what someone else does (stated-event.ts)
    namedOnly(asked, context.document, ownWord, selfNoun, wordNet) ??
    cutOffRequest(asked, context.document, selfNoun)
  );
}
