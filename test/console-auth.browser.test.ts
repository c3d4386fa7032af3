import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import type { Stack } from '@meshmind/cli';
import { scenarioFrom, startTestStack, statesOf, waitFor } from './support/stack';
import { requireSystemPackages } from './support/system-packages';

// page.evaluate runs in Chromium; the test project has no DOM lib, so the globals used are declared.
declare const document: { querySelector(selector: string): { textContent: string | null; hidden?: boolean } | null };
declare const sessionStorage: { getItem(key: string): string | null };
declare const localStorage: { getItem(key: string): string | null };

const CHROMIUM_PATH = '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
const hasChromium = requireSystemPackages('console token browser test', ['chromium'], existsSync(CHROMIUM_PATH));

async function waitForText(page: Page, selector: string, wanted: string, timeout = 15_000): Promise<void> {
  await page.waitForFunction(([css, text]) => (document.querySelector(css)?.textContent ?? '').includes(text), [selector, wanted] as const, { timeout });
}

describe.skipIf(!hasChromium)('the web console needs a token, on loopback too', () => {
  let stack: Stack;
  let userDataDirectory: string;
  let context: BrowserContext;
  let page: Page;
  let token: { id: string; token: string };

  beforeAll(async () => {
    stack = await startTestStack(
      scenarioFrom(`
name: Garage
floors: [ { id: ground, name: Ground floor } ]
areas: [ { id: garage, name: Garage, floor: ground } ]
devices:
  - { id: garage_door, type: garage_door, name: Garage door, aliases: [garage], area: garage, state: { door_state: closed } }
  - { id: garage_light, type: light, name: Garage light, area: garage, state: { on: false } }
`),
      { http: { host: '127.0.0.1', port: 0 } },
    );
    token = stack.coordinator.tokens.create('browser');
    userDataDirectory = mkdtempSync(join(tmpdir(), 'meshmind-chromium-'));
    context = await chromium.launchPersistentContext(userDataDirectory, { executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
    page = context.pages()[0] ?? (await context.newPage());
    await page.goto(`${stack.coordinator.url}/`);
  });
  afterAll(async () => {
    await context?.close();
    await stack?.stop();
    if (userDataDirectory) rmSync(userDataDirectory, { recursive: true, force: true });
  });

  it('shows nothing of the house without a token, and asks for one', async () => {
    await waitForText(page, '#token-message', 'needs a token');
    expect(await page.evaluate(() => document.querySelector('#devices-summary')?.textContent)).toBe('No devices yet');
    expect(await page.evaluate(() => document.querySelector('#connection')?.textContent)).not.toBe('Live');
  });

  it('goes live with a token entered in its prompt', async () => {
    await page.locator('#token-input').fill(token.token);
    await page.keyboard.press('Enter');
    await waitForText(page, '#connection', 'Live');
    await waitForText(page, '#devices-summary', '2 of 2 online');
  });

  it('keeps the conversation key in the tab and says "yes" with it', async () => {
    await page.locator('#goal-text').fill('open the garage door');
    await page.keyboard.press('Enter');
    await waitForText(page, '.turn:last-child .goal__answer', 'go ahead');
    expect(await page.evaluate(() => sessionStorage.getItem('meshmind.conversationKey'))).toMatch(/^[\w-]{43}$/);
    await page.locator('#goal-text').fill('yes');
    await page.keyboard.press('Enter');
    await waitForText(page, '.turn:last-child .goal__status', 'Done');
    await waitFor(() => statesOf(stack).garage_door!.door_state === 'open', 5_000, 'the garage door to open');
  });

  it('asks again once the token is revoked', async () => {
    stack.coordinator.tokens.revoke(token.id);
    await page.reload();
    await waitForText(page, '#token-message', 'refused the token');
  });

  it("logs in with the start banner's link: keeps the token, takes it out of the address bar, goes live", async () => {
    const base = `${stack.coordinator.url}/`;
    await page.goto(`${base}#token=${stack.coordinator.ownerToken}`);
    await waitForText(page, '#connection', 'Live');
    await waitForText(page, '#devices-summary', '2 of 2 online');
    expect(page.url()).toBe(base);
    expect(await page.evaluate(() => localStorage.getItem('meshmind.token'))).toBe(stack.coordinator.ownerToken);
  });

  it('shows the API docs with the token the console keeps (the spec itself needs one)', async () => {
    await page.goto(`${stack.coordinator.url}/docs`);
    // swagger-ui's bundle is large: on a loaded 2-core machine it took 10 s to render.
    await waitForText(page, '#swagger-ui', 'meshmind coordinator', 60_000);
    await waitForText(page, '#swagger-ui', '/api/goals', 60_000);
  }, 90_000);
});
