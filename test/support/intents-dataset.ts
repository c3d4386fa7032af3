import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

/**
 * Reads the Home Assistant intent test sentences (CC BY 4.0, OHF-Voice/intents tests/en) from the
 * shared dataset folder at run time: the corpus is never copied into this repository.
 */

const REPOSITORY_ROOT = fileURLToPath(new URL('../..', import.meta.url));
const DEFAULT_LOCATION = '../shared/datasets/ha-intents-en';

export type SlotValue = string | number;

/** A fixture entity as the dataset writes it: global ones carry an id, per-file ones a domain. */
export interface FixtureEntity {
  name: string;
  id?: string;
  domain?: string;
  area?: string;
  state?: string | number | { in: string; out: string };
  attributes?: Record<string, unknown>;
  is_exposed?: boolean;
}

export interface FixtureArea {
  name: string;
  id?: string;
  floor?: string;
  context_area?: boolean;
}

export interface FixtureFloor {
  name: string;
  id?: string;
}

export interface Fixtures {
  floors: FixtureFloor[];
  areas: FixtureArea[];
  entities: FixtureEntity[];
}

/** One sentence of the corpus with what it means. */
export interface IntentCase {
  /** Stable id: `<intent>/<file>#<test>.<sentence>`. */
  id: string;
  intent: string;
  file: string;
  sentence: string;
  slots: Record<string, SlotValue>;
  response: string;
  /** The file's additions to the global fixtures (areas, floors, entities); empty when none. */
  overrides: Partial<Fixtures>;
  /** The file header's `# context_area: true|false`, where it says. */
  contextArea?: boolean;
}

export interface IntentDataset {
  location: string;
  fixtures: Fixtures;
  cases: IntentCase[];
}

/** Where the dataset is: $MESHMIND_HA_INTENTS, else ../shared/datasets/ha-intents-en from the repository root. */
export function intentDatasetLocation(): string {
  const configured = process.env.MESHMIND_HA_INTENTS;
  if (configured) return isAbsolute(configured) ? configured : resolve(REPOSITORY_ROOT, configured);
  return resolve(REPOSITORY_ROOT, DEFAULT_LOCATION);
}

/** Why the dataset cannot be read, or undefined when it can. */
export function intentDatasetMissing(location = intentDatasetLocation()): string | undefined {
  if (existsSync(join(location, '_fixtures.yaml'))) return undefined;
  return `the Home Assistant intents dataset is not at ${location} (set MESHMIND_HA_INTENTS to its folder: the English tests of OHF-Voice/intents with _fixtures.yaml)`;
}

function readYaml(path: string): Record<string, unknown> {
  const value: unknown = parse(readFileSync(path, 'utf8'));
  if (value === null || typeof value !== 'object' || Array.isArray(value)) throw new Error(`${path}: expected a YAML mapping`);
  return value as Record<string, unknown>;
}

function listOf<T>(value: unknown): T[] {
  return Array.isArray(value) ? (value as T[]) : [];
}

export function loadIntentDataset(location = intentDatasetLocation()): IntentDataset {
  const missing = intentDatasetMissing(location);
  if (missing) throw new Error(missing);
  const global = readYaml(join(location, '_fixtures.yaml'));
  const fixtures: Fixtures = { floors: listOf(global.floors), areas: listOf(global.areas), entities: listOf(global.entities) };
  const cases: IntentCase[] = [];
  const intents = readdirSync(location, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && /^[A-Z]\w+$/.test(entry.name))
    .map((entry) => entry.name)
    .sort();
  for (const intent of intents) {
    for (const fileName of readdirSync(join(location, intent)).filter((name) => name.endsWith('.yaml')).sort()) {
      const path = join(location, intent, fileName);
      const text = readFileSync(path, 'utf8');
      const document = readYaml(path);
      const header = /^#\s*context_area:\s*(true|false)\s*$/m.exec(text);
      const overrides: Partial<Fixtures> = {
        ...(document.floors ? { floors: listOf<FixtureFloor>(document.floors) } : {}),
        ...(document.areas ? { areas: listOf<FixtureArea>(document.areas) } : {}),
        ...(document.entities ? { entities: listOf<FixtureEntity>(document.entities) } : {}),
      };
      const file = fileName.replace(/\.yaml$/, '');
      listOf<{ sentences?: unknown; slots?: Record<string, SlotValue>; response?: unknown }>(document.tests).forEach((test, testIndex) => {
        listOf<string>(test.sentences).forEach((sentence, sentenceIndex) => {
          cases.push({
            id: `${intent}/${file}#${testIndex + 1}.${sentenceIndex + 1}`,
            intent,
            file,
            sentence,
            slots: test.slots ?? {},
            response: String(test.response ?? ''),
            overrides,
            ...(header ? { contextArea: header[1] === 'true' } : {}),
          });
        });
      });
    }
  }
  return { location, fixtures, cases };
}
