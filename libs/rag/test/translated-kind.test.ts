import { beforeAll, describe, expect, it } from 'vitest';
import type { Embedder, LlmindApiEntry } from '@meshmind/protocol';
import { de, FREEDICT_PACKAGES, missingFreeDictPackages } from '@meshmind/language';
import { createApiMapper, createEmbedderPool, normaliseApiDocument, openLexicon } from '@meshmind/rag';
import { requireSystemPackages } from '../../../test/support/system-packages';
import { functionViews } from '../src/mapper/function-views';
import { functionKindOf } from '../src/mapper/function-kind';
import { translatedNameKind } from '../src/mapper/translated-kind';
import { withoutSeparablePrefix } from '../src/mapper/separable-verbs';

// Vendor documents of our own (a greenhouse controller with German notes, a freezer with French
// ones), in the LLMind format that declares no kinds: none of them comes from the evaluation.
const entry = (name: string, notes: string, output = 'bool', programming = 'Python'): LlmindApiEntry => ({
  name,
  input_argument: [],
  input_type: [],
  output,
  notes,
  programming_language: programming,
});
const greenhouse: LlmindApiEntry[] = [
  entry('luefter_einschalten', 'Schaltet den Lüfter im Gewächshaus ein.'),
  entry('fenster_oeffnen', 'Öffnet das Dachfenster des Gewächshauses.'),
  entry('temperatur_abfragen', 'Fragt die Temperatur im Gewächshaus in Grad ab.', 'float'),
  entry('bewaesserung_starten', 'Startet die Bewässerung der Beete.'),
];
const freezer: LlmindApiEntry[] = [
  entry('lire_temperature', 'Renvoie la température du congélateur en degrés.', 'float'),
  entry('verifier_porte', 'Indique si la porte du congélateur est fermée.'),
  entry('prendre_photo', "Prend une photo de l'intérieur du congélateur.", 'str'),
  entry('ouvrir_porte', 'Ouvre la porte du congélateur.'),
];

describe('a function kind from an identifier read into English', () => {
  it('counts a query word anywhere in the reading, but not an accessor prefix', () => {
    expect(translatedNameKind(['temperature', 'retrieval', 'query'])).toBe('query');
    expect(translatedNameKind(['read', 'lira', 'temperature'])).toBe('query');
    expect(translatedNameKind(['get', 'take', 'photograph'])).toBe('action');
    expect(translatedNameKind(['open', 'door'])).toBe('action');
  });

  it('leaves an identifier without an English reading to the first-word rule', () => {
    expect(translatedNameKind(undefined)).toBeUndefined();
    expect(translatedNameKind([])).toBeUndefined();
  });
});

const hasFreeDict = requireSystemPackages('translated identifiers (FreeDict)', Object.values(FREEDICT_PACKAGES).flat(), missingFreeDictPackages().length === 0);

describe.skipIf(!hasFreeDict)('German and French identifiers read into English', () => {
  const lexicon = openLexicon();
  const kindsOf = (document: LlmindApiEntry[]) => {
    const normalised = normaliseApiDocument(document);
    const views = functionViews(normalised, lexicon);
    return Object.fromEntries(normalised.functions.map((fn) => [fn.name, functionKindOf(fn, views.nameReadings.get(fn.name), lexicon.wordNet)]));
  };

  it('reads a German name whose verb comes last ("temperatur_abfragen") as a query', () => {
    expect(kindsOf(greenhouse)).toEqual({ luefter_einschalten: 'action', fenster_oeffnen: 'action', temperatur_abfragen: 'query', bewaesserung_starten: 'action' });
  });

  it('reads French names by their verbs: "lire" and "vérifier" ask, "prendre" (get, take) acts', () => {
    expect(kindsOf(freezer)).toEqual({ lire_temperature: 'query', verifier_porte: 'query', prendre_photo: 'action', ouvrir_porte: 'action' });
  });

  it('reads a German verb the dictionary lacks without its separable prefix ("auflisten" as "listen", to list)', () => {
    const kinds = kindsOf([
      entry('sensoren_auflisten', 'Listet die Sensoren im Gewächshaus auf.', 'list'),
      entry('beete_aufzaehlen', 'Zählt die Beete des Gewächshauses auf.', 'list'),
      entry('fenster_oeffnen', 'Öffnet das Dachfenster des Gewächshauses.'),
    ]);
    expect(kinds).toEqual({ sensoren_auflisten: 'query', beete_aufzaehlen: 'query', fenster_oeffnen: 'action' });
  });

  it('takes off only a prefix that leaves a verb: "ablesen" is read, "abo" is no "ab" + "o"', () => {
    expect(withoutSeparablePrefix('auflisten', de.separablePrefixes)).toBe('listen');
    expect(withoutSeparablePrefix('zurücksetzen', de.separablePrefixes)).toBe('setzen');
    expect(withoutSeparablePrefix('abo', de.separablePrefixes)).toBeUndefined();
    expect(withoutSeparablePrefix('regal', de.separablePrefixes)).toBeUndefined();
  });

  it('keeps no English reading of an English identifier', () => {
    const views = functionViews(normaliseApiDocument([entry('get_temperature', 'Returns the temperature in degrees.', 'float'), entry('open_door', 'Opens the door.')]), lexicon);
    expect(views.nameReadings.size).toBe(0);
  });
});

describe.skipIf(!hasFreeDict)('questions to a German vendor document', () => {
  let embedder: Embedder;
  beforeAll(async () => {
    embedder = await createEmbedderPool().get({ kind: 'use-lite' });
  }, 120_000);

  it.each(['What is the temperature in the greenhouse?', 'How warm is it in there right now?', 'Tell me the current temperature.'])('answers "%s" with the reading function', async (question) => {
    const mapper = await createApiMapper({ embedder, lexicon: openLexicon(), document: greenhouse });
    const result = await mapper.map(question);
    expect(result.kind === 'call' ? result.calls.map((call) => call.function) : result).toEqual(['temperatur_abfragen']);
  }, 60_000);

  it.each(['Switch the fan on.', 'Open the roof window.'])('still acts on "%s"', async (command) => {
    const mapper = await createApiMapper({ embedder, lexicon: openLexicon(), document: greenhouse });
    const result = await mapper.map(command);
    expect(result.kind === 'call' ? result.calls[0]!.function : result).toBe(command.startsWith('Switch') ? 'luefter_einschalten' : 'fenster_oeffnen');
  }, 60_000);
});
