/**
 * A small seeded generator (mulberry32): every random choice of a simulated world goes through one,
 * so the same seed always builds the same world. Math.random is never used.
 */
export interface SeededRandom {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [0, bound). */
  integer(bound: number): number;
  pick<T>(items: readonly T[]): T;
  shuffle<T>(items: T[]): T[];
}

export function createSeededRandom(seed: number): SeededRandom {
  let state = (Math.trunc(seed) ^ 0x9e3779b9) >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = state;
    value = Math.imul(value ^ (value >>> 15), value | 1);
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
  const integer = (bound: number): number => Math.floor(next() * bound);
  return {
    next,
    integer,
    pick: (items) => items[integer(items.length)]!,
    shuffle(items) {
      for (let index = items.length - 1; index > 0; index -= 1) {
        const other = integer(index + 1);
        [items[index], items[other]] = [items[other]!, items[index]!];
      }
      return items;
    },
  };
}
