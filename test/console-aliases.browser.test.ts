import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import type { Stack } from '@meshmind/cli';
import { scenarioFrom, startTestStack } from './support/stack';
import { requireSystemPackages } from './support/system-packages';

const CHROMIUM_PATH = '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-quic', '--no-first-run'];
const hasChromium = requireSystemPackages('learned names in the web console', ['chromium'], existsSync(CHROMIUM_PATH));

const NOOK = `
name: Nook
areas: [ { id: nook, name: Nook } ]
devices:
  - { id: pendant, type: light, name: Pendant, area: nook, state: { on: false } }
  - { id: nook_fan, type: fan, name: Nook fan, area: nook, state: { on: false } }
`;

describe.skipIf(!hasChromium)('learned names in the web console (Chromium)', () => {
  let stack: Stack;
  let userDataDirectory: string;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    stack = await startTestStack(scenarioFrom(NOOK), { http: { host: '127.0.0.1', port: 0 } });
    userDataDirectory = mkdtempSync(join(tmpdir(), 'meshmind-chromium-'));
    context = await chromium.launchPersistentContext(userDataDirectory, { executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
    page = context.pages()[0] ?? (await context.newPage());
    await page.goto(`${stack.coordinator.url}/#token=${stack.coordinator.ownerToken}`);
  });
  afterAll(async () => {
    await context?.close();
    await stack?.stop();
    if (userDataDirectory) rmSync(userDataDirectory, { recursive: true, force: true });
  });

  it('lists a name taught in the chat and forgets it with its remove button', async () => {
    await page.locator('#connection[data-state="live"]').waitFor({ timeout: 15_000 });
    expect(await page.locator('#aliases').isHidden()).toBe(true);
    await page.locator('#goal-text').fill("call the pendant 'the moon'");
    await page.keyboard.press('Enter');
    const entry = page.locator('#alias-list .alias').filter({ hasText: 'moon' });
    await entry.waitFor({ timeout: 15_000 });
    expect(await entry.textContent()).toContain('means Pendant');
    expect(stack.coordinator.goals.aliases.list().map((alias) => alias.phrase)).toEqual(['moon']);

    await entry.getByRole('button', { name: 'Remove “moon”' }).click();
    await entry.waitFor({ state: 'detached', timeout: 15_000 });
    expect(stack.coordinator.goals.aliases.list()).toEqual([]);
    expect(await page.locator('#aliases').isHidden()).toBe(true);
  });
});
