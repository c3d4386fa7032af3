import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Script, constants } from 'node:vm';

/**
 * Loads a CommonJS bundle of the compiled CLI (`npm run build` writes `meshmind run` as one) with a
 * V8 code cache kept beside it: node 20 compiles a script from cached bytecode, never an ES module.
 * Without a cache (the first run of a build, another node version, other V8 flags) the bundle
 * compiles as usual and the process writes the cache as it exits, when the functions it ran have
 * been compiled too, so the next run finds them ready. The cache is as trusted as the bundle beside
 * it: both are build output in the same directory, and V8 refuses cached data made for another
 * source length, V8 version or set of flags (then it is written again).
 */
export function requireWithCodeCache(url: URL): Record<string, unknown> {
  const filename = fileURLToPath(url);
  const source = readFileSync(filename, 'utf8');
  const cachePath = `${filename}.${process.version}-${process.arch}.v8-cache`;
  let cachedData: Buffer | undefined;
  try {
    cachedData = readFileSync(cachePath);
  } catch {
    cachedData = undefined;
  }
  // The same wrapper node's CommonJS loader puts around a file; dynamic import() inside (the lazily
  // loaded model runtimes) resolves as from any module of the main context.
  const script = new Script(`(function (exports, require, module, __filename, __dirname) { ${source}\n})`, {
    filename,
    ...(cachedData ? { cachedData } : {}),
    importModuleDynamically: constants.USE_MAIN_CONTEXT_DEFAULT_LOADER,
  });
  if (!cachedData || script.cachedDataRejected) process.once('exit', () => writeCodeCache(script, cachePath));
  const module = { exports: {} as Record<string, unknown> };
  const wrapper = script.runInThisContext() as (exports: unknown, require: NodeJS.Require, module: unknown, filename: string, directory: string) => void;
  wrapper.call(module.exports, module.exports, createRequire(filename), module, filename, dirname(filename));
  return module.exports;
}

function writeCodeCache(script: Script, cachePath: string): void {
  // A read-only installation, or a build directory removed meanwhile: the next run compiles again.
  const temporary = `${cachePath}.${process.pid}.tmp`;
  try {
    writeFileSync(temporary, script.createCachedData());
    renameSync(temporary, cachePath);
  } catch {
    return;
  }
}
