import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import type { Stack } from '@meshmind/cli';
import { startTestStack } from './support/stack';
import { loadExampleWarehouse, worldOf } from './support/warehouse';
import { requireSystemPackages } from './support/system-packages';

// page.evaluate callbacks run in Chromium; the test project compiles without the DOM lib.
interface DrawnElement {
  dataset: Record<string, string | undefined>;
  getBoundingClientRect(): { x: number; y: number; width: number; height: number };
  querySelector(selector: string): DrawnElement | null;
  getScreenCTM(): unknown;
}
declare const document: { querySelectorAll(selector: string): Iterable<DrawnElement>; querySelector(selector: string): DrawnElement | null };
declare const DOMPoint: new (x: number, y: number) => { matrixTransform(matrix: unknown): { x: number; y: number } };
declare const window: Record<string, unknown>;
declare class MutationObserver {
  constructor(callback: () => void);
  observe(target: DrawnElement, options: { subtree?: boolean; attributes?: boolean; attributeFilter?: string[] }): void;
}

const CHROMIUM_PATH = '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-quic', '--no-first-run'];
const hasChromium = requireSystemPackages('world view browser test', ['chromium'], existsSync(CHROMIUM_PATH));

interface DrawnRobot {
  id: string;
  x: number;
  y: number;
  /** Where its circle is on the page, in grid units: the inverse of the map's transform. */
  drawnX: number;
  drawnY: number;
}

/** Every robot as the page draws it: its data and where its circle's centre is, read back into metres. */
function drawnRobots(page: Page): Promise<DrawnRobot[]> {
  return page.evaluate(() => {
    const map = document.querySelector('.world__map')!;
    const origin = new DOMPoint(0, 0).matrixTransform(map.getScreenCTM());
    const unit = new DOMPoint(1, 1).matrixTransform(map.getScreenCTM());
    const height = Number(map.dataset.height);
    return [...document.querySelectorAll('.world__robot')].map((group) => {
      const box = group.querySelector('circle')!.getBoundingClientRect();
      const column = (box.x + box.width / 2 - origin.x) / (unit.x - origin.x);
      const row = (box.y + box.height / 2 - origin.y) / (unit.y - origin.y);
      return { id: group.dataset.robotId!, x: Number(group.dataset.x), y: Number(group.dataset.y), drawnX: column, drawnY: height - 1 - row };
    });
  });
}

describe.skipIf(!hasChromium)('the web console draws the example warehouse live (Chromium)', () => {
  let stack: Stack;
  let userDataDirectory: string;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    stack = await startTestStack(await loadExampleWarehouse(), { http: { host: '127.0.0.1', port: 0 }, subtaskTimeoutMs: 30_000 });
    userDataDirectory = mkdtempSync(join(tmpdir(), 'meshmind-chromium-'));
    context = await chromium.launchPersistentContext(userDataDirectory, { executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
    page = context.pages()[0] ?? (await context.newPage());
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto(`${stack.coordinator.url}/#token=${stack.coordinator.ownerToken}`);
  }, 120_000);
  afterAll(async () => {
    await context?.close();
    await stack?.stop();
    if (userDataDirectory) rmSync(userDataDirectory, { recursive: true, force: true });
  });

  it('draws every robot where the world has it, on the grid the world reports', async () => {
    await page.waitForSelector('#world:not([hidden]) .world__robot', { timeout: 30_000 });
    const world = worldOf(stack);
    await expect.poll(async () => (await drawnRobots(page)).length, { timeout: 15_000 }).toBe(world.robots.length);
    expect(await page.locator('.world__summary').textContent()).toContain(`${world.width} × ${world.height} m`);
    expect(await page.locator('[data-shelf]').count()).toBe(world.shelves.length);
    const drawn = await drawnRobots(page);
    for (const robot of world.robots) {
      const shown = drawn.find((entry) => entry.id === robot.id)!;
      expect(shown, robot.id).toMatchObject({ x: robot.x, y: robot.y });
      expect(Math.abs(shown.drawnX - robot.x), `${robot.id} drawn at column ${shown.drawnX}`).toBeLessThan(0.3);
      expect(Math.abs(shown.drawnY - robot.y), `${robot.id} drawn at row ${shown.drawnY}`).toBeLessThan(0.3);
    }
    expect(await page.locator('.world__table tbody tr').count()).toBe(world.robots.length);
  }, 60_000);

  it('moves a robot on the map as it drives, and shows where it stopped', async () => {
    // Record every position the page shows for each robot while a goal sends one across the floor.
    await page.evaluate(() => {
      const seen: Record<string, string[]> = {};
      window.seenPositions = seen;
      new MutationObserver(() => {
        for (const group of document.querySelectorAll('.world__robot')) {
          const list = (seen[group.dataset.robotId!] ??= []);
          const position = `${group.dataset.x},${group.dataset.y}`;
          if (list.at(-1) !== position) list.push(position);
        }
      }).observe(document.querySelector('.world__map')!, { subtree: true, attributes: true, attributeFilter: ['data-x', 'data-y'] });
    });
    const goal = await stack.coordinator.goals.submit({ text: 'bring a robot to shelf 1' }).finished;
    expect(goal.status).toBe('done');
    const mover = goal.subtasks[0]!.deviceId;
    const world = worldOf(stack);
    const target = world.robots.find((robot) => robot.id === mover)!;
    expect(target.atShelf).toBe(1);
    await expect
      .poll(async () => (await drawnRobots(page)).find((robot) => robot.id === mover), { timeout: 15_000 })
      .toMatchObject({ x: target.x, y: target.y });
    const seen = (await page.evaluate(() => window.seenPositions)) as Record<string, string[]>;
    expect(seen[mover]!.length, `positions shown for ${mover}: ${seen[mover]!.join(' ')}`).toBeGreaterThan(2);
    const shown = (await drawnRobots(page)).find((robot) => robot.id === mover)!;
    expect(Math.abs(shown.drawnX - target.x)).toBeLessThan(0.3);
    expect(Math.abs(shown.drawnY - target.y)).toBeLessThan(0.3);
    expect(await page.locator(`.world__table tr[data-id="${mover}"]`).textContent()).toContain('at shelf 1');
  }, 60_000);
});
