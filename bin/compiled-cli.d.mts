// Types of bin/compiled-cli.mjs, for the tests and benchmarks that import it.
export interface BuildInput {
  path: string;
  size: number;
  mtimeMs: number;
  sha256: string;
}
export interface BuildManifest {
  entry: string;
  builtAt?: string;
  inputs: BuildInput[];
}
export const ROOT: string;
export const MANIFEST_PATH: string;
export function fingerprintFile(relativePath: string): BuildInput;
export function fingerprintOf(relativePath: string, stats: { size: number; mtimeMs: number }, contents: Uint8Array): BuildInput;
export function staleReason(manifest: BuildManifest | null | undefined): string | null;
export function compiledEntry(env: NodeJS.ProcessEnv, manifestPath?: string): string | null;
