import { beforeAll, describe, expect, it } from 'vitest';
import type { LlmindApiEntry } from '@meshmind/protocol';
import { FREEDICT_PACKAGES, missingFreeDictPackages, readRequest, splitIdentifier } from '@meshmind/language';
import { createApiMapper, createEmbedderPool, normaliseApiDocument, openLexicon, type ApiMapper, type MapResult } from '@meshmind/rag';
import { requireSystemPackages } from '../../../test/support/system-packages';
import { functionProfile, markOppositions, requestEvidence, requestWords } from '../src/mapper/evidence';

// Documents written for this test: a survey drone's base station that maps a field, joins a network,
// offers its own hotspot and lists networks, in English, French and Chinese (LLMind-style rows).
const entry = (name: string, input: string[], notes: string): LlmindApiEntry => ({ name, input_argument: input, input_type: input.map(() => 'str'), output: 'bool', notes, programming_language: 'Python' });
const english = [
  entry('create_field_map', [], 'Creates a map of the field from the last flight.'),
  entry('join_network', ['ssid', 'password'], 'Joins an existing WiFi network.'),
  entry('open_hotspot', ['name', 'password'], 'Opens a hotspot of its own that phones can join.'),
  entry('list_networks', [], 'Lists the WiFi networks in range.'),
];
const french = [
  entry('creer_carte_champ', [], 'Crée une carte du champ à partir du dernier vol.'),
  entry('rejoindre_reseau', ['ssid', 'mot_de_passe'], 'Rejoint un réseau wifi existant.'),
  entry('ouvrir_point_acces', ['nom', 'mot_de_passe'], "Ouvre un point d'accès wifi propre à la station."),
  entry('lister_reseaux', [], 'Liste les réseaux wifi à portée.'),
];
const chinese = [
  entry('create_field_map', [], '根据上一次飞行创建田地地图。'),
  entry('join_network', ['ssid', 'pwd'], '连接到已有的WiFi网络。'),
  entry('open_ap', ['ap_name', 'ap_pwd'], '开启接入点模式，让手机连接到基站。'),
  entry('list_networks', [], '列出范围内的WiFi网络。'),
];

const lexicon = openLexicon();
const hasFreeDict = requireSystemPackages('the French base station of the offered-network tests (FreeDict)', Object.values(FREEDICT_PACKAGES).flat(), missingFreeDictPackages().length === 0);

describe('a password said is dropped by a function that takes none', () => {
  const profiles = normaliseApiDocument(english).functions.map((fn) => functionProfile(fn, splitIdentifier(fn.name), 'en'));
  markOppositions(profiles, lexicon);
  const unused = (name: string, text: string) => requestEvidence(requestWords(readRequest(text), lexicon), profiles.find((profile) => profile.fn.name === name)!, lexicon, () => false).unused;

  it.each(['create a hotspot, password hay4ever', 'make a hotspot for the phones with the passphrase barn-door'])('"%s" is unused by the map, not by the hotspot', (text) => {
    expect(unused('create_field_map', text)).toBe(1);
    expect(unused('open_hotspot', text)).toBe(0);
  });

  it('no password said, nothing unused', () => expect(unused('create_field_map', 'create a map of the field')).toBe(0));

  it('a document where no function takes a password weighs none', () => {
    const alone = normaliseApiDocument([english[0]!, english[3]!]).functions.map((fn) => functionProfile(fn, splitIdentifier(fn.name), 'en'));
    markOppositions(alone, lexicon);
    expect(requestEvidence(requestWords(readRequest('create a hotspot, password hay4ever'), lexicon), alone[0]!, lexicon, () => false).unused).toBe(0);
  });
});

describe('creating a hotspot with a password, in three vendors\' words', () => {
  const mappers = new Map<string, ApiMapper>();
  beforeAll(async () => {
    const embedder = await createEmbedderPool().get({ kind: 'use-lite' });
    for (const [name, document] of [['en', english], ['fr', french], ['zh', chinese]] as const) mappers.set(name, await createApiMapper({ embedder, lexicon, document, selfNoun: 'station' }));
  });
  const called = (result: MapResult) => (result.kind === 'call' ? result.calls.map((call) => call.function) : result.reason);
  const requests = ['Create a hotspot so the phones can connect, name Barn, password hay4ever', 'Make a hotspot called Barn with the password hay4ever'];

  it.each(requests)('en: "%s" opens the hotspot', async (text) => expect(called(await mappers.get('en')!.map(text))).toEqual(['open_hotspot']));
  it.each(requests)('zh: "%s" opens the access point', async (text) => expect(called(await mappers.get('zh')!.map(text))).toEqual(['open_ap']));
  it.skipIf(!hasFreeDict).each(requests)('fr: "%s" opens the access point', async (text) => expect(called(await mappers.get('fr')!.map(text))).toEqual(['ouvrir_point_acces']));
});
