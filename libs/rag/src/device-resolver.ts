import type { DeviceProfile } from '@meshmind/protocol';
import type { Embedder } from './embedders/embedder';
import { createHybridIndex, type HybridIndex } from './search/hybrid-index';
import type { Lexicon } from './text/lexicon';

export interface DeviceMatch {
  deviceId: string;
  score: number;
  confidence: number;
}

export interface DeviceResolver {
  readonly index: HybridIndex;
  /** Devices a goal refers to ("the lamp by the sofa", "whatever can play music"), best first. */
  resolve(text: string, k?: number): Promise<DeviceMatch[]>;
}

/**
 * The coordinator's side of retrieval: one hybrid index over the registry's profiles. Names and
 * aliases weigh most, then area and device nouns, then capabilities. Rebuild it when the registry
 * changes (cheap: texts already embedded come from the embedder pool's cache).
 */
export async function createDeviceResolver(
  profiles: readonly DeviceProfile[],
  options: { embedder: Embedder; lexicon?: Lexicon; cacheDir?: string },
): Promise<DeviceResolver> {
  const documents = profiles.map((profile) => {
    const area = profile.area ? [profile.area.name, ...profile.area.aliases, ...(profile.area.floor ? [profile.area.floor.name] : [])] : [];
    const capabilities = profile.capabilities.map((capability) => capability.description);
    return {
      id: profile.id,
      views: [`${profile.name} (${profile.nouns[0] ?? profile.type}) in the ${area[0] ?? 'home'}`, capabilities.join(' ')],
      fields: [
        { words: [profile.name, ...profile.aliases].join(' ').toLowerCase().split(/\s+/), weight: 1 },
        { words: area.join(' ').toLowerCase().split(/\s+/), weight: 0.8 },
        { words: [profile.type.replace(/_/g, ' '), ...profile.nouns].join(' ').toLowerCase().split(/\s+/), weight: 0.8 },
        { words: capabilities.join(' ').toLowerCase().split(/\s+/), weight: 0.4 },
      ],
    };
  });
  const index = await createHybridIndex(documents, {
    embedder: options.embedder,
    ...(options.lexicon ? { lexicon: options.lexicon } : {}),
    ...(options.cacheDir ? { cacheDir: options.cacheDir } : {}),
    weights: { semantic: 0.4, lexical: 0.6, mainView: 0.8 },
  });
  return {
    index,
    async resolve(text, k = 5) {
      return (await index.search(text, k)).map((hit) => ({ deviceId: hit.id, score: hit.score, confidence: hit.confidence }));
    },
  };
}
