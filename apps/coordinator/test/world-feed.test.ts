import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { WorldView } from '@meshmind/protocol';
import { WorldFeed, type WorldSource } from '../src/world-feed';

/** A world whose robot 1 is wherever `x` says, counting how often a view was built. */
function fakeWorld() {
  const listeners = new Set<() => void>();
  const world = {
    x: 0,
    views: 0,
    change(x: number) {
      world.x = x;
      for (const listener of listeners) listener();
    },
    listeners,
    source: {
      view: (): WorldView => {
        world.views += 1;
        return { kind: 'warehouse', name: 'w', seed: 1, timeScale: 10, width: 5, height: 5, docks: [], shelves: [], robots: [{ id: 'robot-1', name: 'Robot 1', vendor: 'v', dialect: 'd', x: world.x, y: 0, battery: 90, status: 'moving', atShelf: 0, docked: false }] };
      },
      onChange: (listener: () => void) => {
        listeners.add(listener);
        return () => listeners.delete(listener);
      },
    } satisfies WorldSource,
  };
  return world;
}

const xOf = (view: WorldView) => (view.kind === 'warehouse' ? view.robots[0]!.x : NaN);

describe('WorldFeed: the world for watchers, a few views a second', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('turns a hundred changes in a second into at most one view per 250 ms, the last change included', () => {
    const world = fakeWorld();
    const feed = new WorldFeed({ source: world.source });
    const seen: number[] = [];
    feed.on('view', (view) => seen.push(xOf(view)));
    feed.start();
    for (let tick = 1; tick <= 100; tick += 1) {
      world.change(tick);
      vi.advanceTimersByTime(10);
    }
    vi.advanceTimersByTime(250);
    expect(seen.length).toBeLessThanOrEqual(5);
    expect(seen.at(-1)).toBe(100);
    feed.stop();
  });

  it('builds no view while nobody listens, and lets go of the world on stop', () => {
    const world = fakeWorld();
    const feed = new WorldFeed({ source: world.source });
    feed.start();
    world.change(1);
    vi.advanceTimersByTime(1_000);
    expect(world.views).toBe(0);
    feed.stop();
    expect(world.listeners.size).toBe(0);
    expect(vi.getTimerCount()).toBe(0);
  });
});
