import { describe, expect, it } from 'vitest';
import { FREEDICT_PACKAGES, missingFreeDictPackages } from '@meshmind/language';
import { normaliseApiDocument, openLexicon, type ApiDocument } from '@meshmind/rag';
import { requireSystemPackages } from '../../../test/support/system-packages';
import { functionViews } from '../src/mapper/function-views';
import { functionKindOf, readFunctionKind } from '../src/mapper/function-kind';

// Vendor documents of our own (a survey drone, a garden pump, a weather mast), written the way
// LLMind-style tables are: no declared kinds, only names, notes and return types.
const lexicon = openLexicon();

function kindsOf(document: ApiDocument): Record<string, string> {
  const normalised = normaliseApiDocument(document);
  const views = functionViews(normalised, lexicon);
  return Object.fromEntries(normalised.functions.map((fn) => [fn.name, functionKindOf(fn, views.nameReadings.get(fn.name), lexicon.wordNet)]));
}

const entry = (name: string, notes: string, output = 'bool') => ({ name, notes, output, input_argument: [], input_type: [], programming_language: 'Python' });

describe('a function kind read from its name where the document declares none', () => {
  it('reads an English name by its first word, or by its first verb when a noun comes first', () => {
    const kinds = kindsOf([
      entry('selfLocate', 'Self-localisation of the drone: returns its x and y.', 'tuple'),
      entry('sensor_list', 'Lists the sensors fitted to the drone.', 'list'),
      entry('get_altitude', 'Returns the altitude in metres.', 'float'),
      entry('camera_tilt', 'Tilts the camera by the given angle.'),
      entry('auto_land', 'Lands the drone where it is.'),
      entry('return_home', 'Flies back to the launch point.'),
    ]);
    expect(kinds).toEqual({ selfLocate: 'query', sensor_list: 'query', get_altitude: 'query', camera_tilt: 'action', auto_land: 'action', return_home: 'action' });
  });

  it('reads a name verb the query words do not list by what WordNet says it is a kind of', () => {
    // "inventory" (take stock) is a kind of "list"; "survey" and "spray" are kinds of no reading.
    const kinds = kindsOf([
      entry('inventory_crates', 'Takes stock of the crates in the hold and returns their labels.', 'list[str]'),
      entry('inventoryHold', 'Counts what the hold carries.', 'list'),
      entry('spray_field', 'Sprays the field below with water.'),
      entry('land_now', 'Lands the drone at once.'),
    ]);
    expect(kinds).toEqual({ inventory_crates: 'query', inventoryHold: 'query', spray_field: 'action', land_now: 'action' });
  });

  it('keeps a kind the document declares', () => {
    const normalised = normaliseApiDocument({
      type: 'drone',
      title: 'Drone',
      state: {},
      functions: [{ name: 'get_ready', kind: 'action', parameters: [], description: 'Spins the rotors up for take-off.' }],
    } as unknown as ApiDocument);
    expect(readFunctionKind(normalised.functions[0]!, lexicon.wordNet)).toBe('action');
  });
});

const hasFreeDict = requireSystemPackages('function kinds of German and French names (FreeDict)', Object.values(FREEDICT_PACKAGES).flat(), missingFreeDictPackages().length === 0);

describe.skipIf(!hasFreeDict)('a foreign name read through its translation', () => {
  it('reads German names: "abfragen" queries, "starten" and "aufnehmen" act', () => {
    const kinds = kindsOf([
      entry('druck_abfragen', 'Fragt den Wasserdruck der Pumpe in Bar ab.', 'float'),
      entry('pumpe_starten', 'Startet die Pumpe.'),
      entry('foto_aufnehmen', 'Nimmt ein Foto vom Beet auf und liefert den Pfad.', 'str'),
    ]);
    expect(kinds).toEqual({ druck_abfragen: 'query', pumpe_starten: 'action', foto_aufnehmen: 'action' });
  });

  it('reads French names, leaving out light verbs: "prendre" (get, take) says nothing of reading', () => {
    const kinds = kindsOf([
      entry('lister_capteurs', 'Liste les capteurs du mât.', 'list'),
      entry('trouver_rafales', 'Trouve les rafales de vent de la dernière heure.', 'list'),
      entry('prendre_photo', 'Prend une photo du ciel et renvoie le chemin du fichier.', 'str'),
      entry('chauffer_capteur', 'Chauffe le capteur pour faire fondre le givre.'),
    ]);
    expect(kinds).toEqual({ lister_capteurs: 'query', trouver_rafales: 'query', prendre_photo: 'action', chauffer_capteur: 'action' });
  });
});
