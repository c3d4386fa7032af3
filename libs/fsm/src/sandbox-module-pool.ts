import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import {
  RELEASE_ASYNC,
  newQuickJSAsyncWASMModule,
  newQuickJSAsyncWASMModuleFromVariant,
  newVariant,
  type CustomizeVariantOptions,
  type QuickJSAsyncWASMModule,
} from 'quickjs-emscripten';

/**
 * The QuickJS WebAssembly modules of one process, lent to one program run at a time.
 *
 * Why a pool and not one module: with quickjs-emscripten's asyncify variant a module holds at most
 * one suspended host call, and a program is suspended for as long as its device call or `wait()`
 * lasts (a robot drives for minutes), so programs of different agents running at the same time each
 * need their own module. Why not one per agent: a module holds about 1.5 MB of WebAssembly memory
 * once it has run a program, and an agent that keeps one for its life made every extra agent in a
 * process cost that much (BENCHMARKS.md, "Fleet"). So a run borrows a module, and a module that
 * comes back is kept only while fewer than `maxIdleModules` wait unused; the rest are dropped for the
 * garbage collector. The compiled WebAssembly code is shared by every module of the pool; each
 * instance has its own linear memory. Isolation between programs does not rest on the module: every
 * run gets its own QuickJS runtime and context, disposed when it ends.
 */

export interface SandboxModulePoolOptions {
  /** Modules kept for the next run when none is lent out. Default 1: the next program starts without loading one. */
  maxIdleModules?: number;
  /** Loads a module; tests pass their own to count loads. Default: instantiates the shared compiled code. */
  load?: () => Promise<QuickJSAsyncWASMModule>;
}

export interface SandboxModulePoolStats {
  /** Modules instantiated since the pool was made. */
  loaded: number;
  /** Modules lent to runs now. */
  lent: number;
  /** Modules waiting for the next run. */
  idle: number;
  /** Modules given back that were not kept (beyond the idle limit, grown, or not reusable). */
  dropped: number;
}

export const DEFAULT_MAX_IDLE_SANDBOX_MODULES = 1;

type CompiledWasm = Exclude<CustomizeVariantOptions['wasmModule'], undefined | (() => unknown)>;

// The project's TypeScript libs declare no WebAssembly global (no DOM lib); Node has it.
const webAssembly = (globalThis as unknown as { WebAssembly: { compile(bytes: Uint8Array): Promise<CompiledWasm> } }).WebAssembly;

/** The release build's .wasm file, resolved from quickjs-emscripten's own location (it depends on it). */
async function compileReleaseAsyncify(): Promise<CompiledWasm> {
  const fromHere = createRequire(import.meta.url);
  const fromQuickjs = createRequire(fromHere.resolve('quickjs-emscripten'));
  const bytes = await readFile(fromQuickjs.resolve('@jitl/quickjs-wasmfile-release-asyncify/wasm'));
  return webAssembly.compile(bytes);
}

let sharedLoader: Promise<() => Promise<QuickJSAsyncWASMModule>> | undefined;

/**
 * Compiles the WebAssembly once per process (about 35 ms, and V8 keeps one copy of the code); a new
 * module then only instantiates it. Where the .wasm file cannot be found (an unusual install), each
 * module loads the library's own way.
 */
function sharedCompiledLoader(): Promise<() => Promise<QuickJSAsyncWASMModule>> {
  sharedLoader ??= compileReleaseAsyncify().then(
    (wasmModule) => {
      const variant = newVariant(RELEASE_ASYNC, { wasmModule });
      return () => newQuickJSAsyncWASMModuleFromVariant(variant);
    },
    () => () => newQuickJSAsyncWASMModule(),
  );
  return sharedLoader;
}

export class SandboxModulePool {
  private readonly maxIdleModules: number;
  private readonly idle: Array<{ module: QuickJSAsyncWASMModule; memoryBytes: number }> = [];
  /** Linear-memory size of each module lent out, when it was loaded: one that grew is not kept. */
  private readonly lent = new Map<QuickJSAsyncWASMModule, number>();
  private loaded = 0;
  private dropped = 0;

  constructor(private readonly options: SandboxModulePoolOptions = {}) {
    const maxIdle = options.maxIdleModules ?? DEFAULT_MAX_IDLE_SANDBOX_MODULES;
    if (!Number.isInteger(maxIdle) || maxIdle < 0) throw new RangeError(`maxIdleModules must be a whole number >= 0, got ${maxIdle}`);
    this.maxIdleModules = maxIdle;
  }

  /** A module for one run; give it back with `release` when the run's runtime is disposed. */
  async acquire(): Promise<QuickJSAsyncWASMModule> {
    const kept = this.idle.pop();
    if (kept) {
      this.lent.set(kept.module, kept.memoryBytes);
      return kept.module;
    }
    const load = this.options.load ?? (await sharedCompiledLoader());
    const module = await load();
    this.loaded += 1;
    this.lent.set(module, memoryBytesOf(module));
    return module;
  }

  /**
   * Takes a module back. `reusable: false` (its runtime could not be disposed, or a run was stopped
   * by a limit) drops it; so does a module whose memory grew during the run, since WebAssembly
   * memory never shrinks.
   */
  release(module: QuickJSAsyncWASMModule, reusable: boolean): void {
    const memoryAtLoan = this.lent.get(module);
    if (memoryAtLoan === undefined) return;
    this.lent.delete(module);
    const memoryBytes = memoryBytesOf(module);
    if (reusable && this.idle.length < this.maxIdleModules && memoryBytes <= memoryAtLoan) {
      this.idle.push({ module, memoryBytes });
    } else {
      this.dropped += 1;
    }
  }

  stats(): SandboxModulePoolStats {
    return { loaded: this.loaded, lent: this.lent.size, idle: this.idle.length, dropped: this.dropped };
  }
}

function memoryBytesOf(module: QuickJSAsyncWASMModule): number {
  try {
    return module.getWasmMemory().buffer.byteLength;
  } catch {
    // A module without an inspectable memory is judged by its run alone.
    return 0;
  }
}

/**
 * The pool that sandboxes use when given none: one per process, so every agent the process hosts
 * shares it. Like the compiled code it holds, it carries no settings and no state a run can see.
 */
export const processSandboxModules = new SandboxModulePool();
