import { join } from 'node:path';
import type { NormalisedDocument } from '../api-document';
import { createHybridIndex, type HybridIndex } from '../search/hybrid-index';
import { functionViews, type FunctionViews } from './function-views';
import type { ApiMapperOptions } from './api-mapper-options';

/** An API document's search index and the views it was built from. */
export type BuiltIndex = { document: NormalisedDocument; views: FunctionViews; index: HybridIndex };

/** Builds the index of a document, or shares the one another agent of this process built for the same document. */
export function builtIndexFor(document: NormalisedDocument, options: ApiMapperOptions): Promise<BuiltIndex> {
  const build = async (): Promise<BuiltIndex> => {
    const views = functionViews(document, options.lexicon);
    const index = await createHybridIndex(views.documents, {
      embedder: options.embedder,
      ...(options.lexicon ? { lexicon: options.lexicon } : {}),
      ...(options.cacheDir ? { cacheDir: join(options.cacheDir, 'functions') } : {}),
      ...(options.weights ? { weights: options.weights } : {}),
    });
    return { document, views, index };
  };
  const cacheKey = `${options.embedder.id}|${document.hash}|${options.lexicon ? options.lexicon.missing.join(',') : 'no-lexicon'}|${JSON.stringify(options.weights ?? {})}`;
  let built = options.indexCache?.entries.get(cacheKey);
  if (!built) {
    built = build();
    options.indexCache?.entries.set(cacheKey, built);
    built.catch(() => options.indexCache?.entries.delete(cacheKey));
  }
  return built;
}
