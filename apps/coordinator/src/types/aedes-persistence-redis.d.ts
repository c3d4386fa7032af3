// aedes-persistence-redis ships no typings. Only its factory is used, with a Redis connection of
// our own (`conn`); it returns an aedes persistence, which aedes types as `any`.
declare module 'aedes-persistence-redis' {
  import type { Redis } from 'ioredis';
  export default function aedesPersistenceRedis(options: { conn: Redis }): unknown;
}
