// Decides whether bin/meshmind.mjs may run the compiled CLI in dist/cli (built by `npm run build`) or
// must run the TypeScript sources through tsx. Plain JavaScript with node's own modules only: it runs
// before any loader exists, on every start, so it stays small and cheap.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** The repository root (bin/..). */
export const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** What `npm run build` writes last, once every file of a build is in place. */
export const MANIFEST_PATH = join(ROOT, 'dist', 'cli', 'manifest.json');

/** One file the build read, as it was when read: repository-relative path, size, mtime, SHA-256. */
export function fingerprintFile(relativePath) {
  const absolute = join(ROOT, relativePath);
  // Stat before reading: a write in between leaves an old mtime beside the new text's hash, which the
  // check below resolves by hashing again, never by trusting the old mtime.
  const stats = statSync(absolute);
  return fingerprintOf(relativePath, stats, readFileSync(absolute));
}

/** The fingerprint of `contents`, read from `relativePath` after `stats` were taken. */
export function fingerprintOf(relativePath, stats, contents) {
  return { path: relativePath, size: stats.size, mtimeMs: stats.mtimeMs, sha256: createHash('sha256').update(contents).digest('hex') };
}

function hashFile(absolute) {
  return createHash('sha256').update(readFileSync(absolute)).digest('hex');
}

/**
 * Why the build cannot be used, or null when it matches the sources. Every file the bundle was made
 * from (esbuild's own list of inputs, plus the package.json and tsconfig files that steer resolution,
 * plus the build script) is compared: size first, and the content's hash whenever the mtime moved, so
 * a checkout, a stash or an editor that rewrites a file with the same size is never missed, while an
 * untouched tree costs one stat per file (about 270 files: a few milliseconds).
 */
export function staleReason(manifest) {
  if (!manifest || !Array.isArray(manifest.inputs) || typeof manifest.entry !== 'string') return 'the build manifest is unreadable';
  for (const input of manifest.inputs) {
    let stats;
    try {
      stats = statSync(join(ROOT, input.path));
    } catch {
      return `${input.path} is gone`;
    }
    if (stats.size !== input.size) return `${input.path} changed`;
    if (stats.mtimeMs !== input.mtimeMs && hashFile(join(ROOT, input.path)) !== input.sha256) return `${input.path} changed`;
  }
  return null;
}

function readManifest(path) {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    if (error.code === 'ENOENT') return undefined;
    return null;
  }
}

/**
 * The file URL of the compiled CLI's entry when it may be used, else null (run the sources).
 * MESHMIND_COMPILED=0 always runs the sources; MESHMIND_COMPILED=1 insists on the build and throws
 * E_BUILD_STALE (no build, or an outdated one) rather than fall back (tests and benchmarks of the compiled path).
 */
export function compiledEntry(env, manifestPath = MANIFEST_PATH) {
  const mode = env.MESHMIND_COMPILED;
  if (mode === '0') return null;
  const manifest = readManifest(manifestPath);
  let reason = manifest === undefined ? 'dist/cli has no build' : staleReason(manifest);
  const entry = reason === null ? join(dirname(manifestPath), manifest.entry) : undefined;
  if (entry && !existsSync(entry)) reason = `${entry} is gone`;
  if (reason === null) return pathToFileURL(entry).href;
  if (mode === '1') {
    const error = new Error(`MESHMIND_COMPILED=1 but ${reason}; run npm run build`);
    error.code = 'E_BUILD_STALE';
    throw error;
  }
  return null;
}
