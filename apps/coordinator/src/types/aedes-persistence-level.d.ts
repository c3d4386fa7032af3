// aedes-persistence-level ships no typings. Only its factory is used: it takes an open abstract-level
// database (classic-level here; it asks for binary values on every call) and returns an aedes
// persistence, which aedes types as `any`.
declare module 'aedes-persistence-level' {
  import type { AbstractLevel } from 'abstract-level';
  export default function aedesPersistenceLevel(db: AbstractLevel<string | Buffer | Uint8Array, string, Buffer>): unknown;
}
