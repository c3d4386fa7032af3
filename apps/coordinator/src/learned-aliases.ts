import { randomUUID } from 'node:crypto';
import { en } from '@meshmind/language';
import { MeshmindError } from '@meshmind/protocol';
import type { PlannerDevice } from './planner/planner';
import { tokenize } from '@meshmind/language';
import type { LearnedAliasRow, Store } from './store/store';

export type LearnedAlias = LearnedAliasRow;

/** The longest phrase meshmind learns as a name; a longer one is a request, not a name. */
export const LEARNED_ALIAS_MAX_WORDS = 8;

export interface LearnedAliasesOptions {
  store: Store;
  clock: () => number;
  newId?: () => string;
}

/** What teaching a phrase came to. */
export type LearnOutcome =
  | { learned: true; alias: LearnedAlias; previousDeviceId: string | null }
  | { learned: false; code: 'E_ALIAS_TAKEN'; holder: PlannerDevice }
  | { learned: false; code: 'E_CORRECTION_UNCLEAR'; reason: string };

/** A phrase as the planner reads it: lower case, one space between words. */
export function normalisePhrase(phrase: string): string {
  return tokenize(phrase).join(' ');
}

const OPENS_OBJECT: ReadonlySet<string> = new Set([...en.determiners, ...en.quantifiers, ...en.verbParticles, ...en.referringPronouns]);

/**
 * Whether a phrase would read as a request of its own: a verb alone ("stop") or a verb opening its
 * object ("unlock the front door", "turn on"). As a name it would catch requests meant for other
 * devices, so it is never learned. "Water heater", "warm light" are names: their verb opens no object.
 */
function readsAsRequest(words: readonly string[]): boolean {
  return en.actionWords.has(words[0]!) && (words.length === 1 || OPENS_OBJECT.has(words[1]!));
}

function ownLabels(device: PlannerDevice): string[] {
  return [device.name, ...device.aliases].map(normalisePhrase);
}

/**
 * Names a home taught in conversation, kept in the coordinator's store. The planner reads them as
 * aliases of their devices; a device's own name or alias (from its profile) always wins, so a
 * learned phrase never silently takes another device's name away.
 */
export class LearnedAliases {
  private readonly newId: () => string;

  constructor(private readonly options: LearnedAliasesOptions) {
    this.newId = options.newId ?? (() => randomUUID());
  }

  list(): LearnedAlias[] {
    return this.options.store.listLearnedAliases();
  }

  /** Forgets one learned phrase; E_ALIAS_NOT_FOUND when there is none with that id. */
  remove(id: string): void {
    if (!this.options.store.deleteLearnedAlias(id)) throw new MeshmindError('E_ALIAS_NOT_FOUND', `no learned alias with id ${JSON.stringify(id)}`);
  }

  /**
   * Stores `phrase` as a name of `deviceId`, unless it is another device's own name or alias
   * (E_ALIAS_TAKEN: the person is told, nothing is stored). A phrase learned before for another
   * device now means this one.
   */
  learn(entry: { phrase: string; deviceId: string; kind: LearnedAlias['kind']; taughtBy: string; conversationId: string | null }, devices: PlannerDevice[]): LearnOutcome {
    const phrase = normalisePhrase(entry.phrase);
    const words = phrase.split(' ').filter((word) => word.length > 0);
    if (words.length === 0 || words.length > LEARNED_ALIAS_MAX_WORDS) {
      return { learned: false, code: 'E_CORRECTION_UNCLEAR', reason: `a name is 1 to ${LEARNED_ALIAS_MAX_WORDS} words` };
    }
    if (readsAsRequest(words)) return { learned: false, code: 'E_CORRECTION_UNCLEAR', reason: 'it reads as a request, and would catch requests meant for other devices' };
    // The devices may carry learned phrases already (apply()): only a profile's own names count.
    const previous = this.options.store.getLearnedAlias(phrase);
    const holder = devices.find((device) => device.id !== entry.deviceId && device.id !== previous?.deviceId && ownLabels(device).includes(phrase));
    if (holder) return { learned: false, code: 'E_ALIAS_TAKEN', holder };
    const alias: LearnedAlias = {
      id: previous?.id ?? this.newId(),
      phrase,
      deviceId: entry.deviceId,
      kind: entry.kind,
      taughtBy: entry.taughtBy,
      conversationId: entry.conversationId,
      createdAt: this.options.clock(),
    };
    this.options.store.upsertLearnedAlias(alias);
    return { learned: true, alias, previousDeviceId: previous && previous.deviceId !== entry.deviceId ? previous.deviceId : null };
  }

  /** The devices with what they were taught added to their aliases; a phrase another device is named by stays that device's. */
  apply(devices: PlannerDevice[]): PlannerDevice[] {
    const learned = this.list();
    if (learned.length === 0) return devices;
    const owned = new Set(devices.flatMap(ownLabels));
    return devices.map((device) => {
      const own = new Set(ownLabels(device));
      const extra = learned.filter((alias) => alias.deviceId === device.id && !own.has(alias.phrase) && !owned.has(alias.phrase)).map((alias) => alias.phrase);
      return extra.length > 0 ? { ...device, aliases: [...device.aliases, ...extra] } : device;
    });
  }
}
