import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasControlCharacters, stripControlCharacters } from '@meshmind/protocol';

/*
 * The web console is plain browser modules: this test imports them as they are served and renders
 * into a small stand-in for the DOM (just what dom.js, device-panel.js and conversation.js use), so
 * it can read every text and attribute the page would show.
 */
const CONSOLE_DIRECTORY = fileURLToPath(new URL('../apps/coordinator/src/http/console/', import.meta.url));
const consoleModule = async <T>(file: string): Promise<T> => (await import(pathToFileURL(`${CONSOLE_DIRECTORY}${file}`).href)) as T;

type PlainText = (value: unknown, options?: { multiline?: boolean }) => string;

class FakeNode {
  children: Array<FakeNode | string> = [];
  parent: FakeNode | null = null;
  className = '';
  dataset: Record<string, string> = {};
  attributes = new Map<string, string>();
  scrollTop = 0;
  scrollHeight = 0;

  constructor(readonly tagName: string) {}

  get textContent(): string {
    return this.children.map((child) => (typeof child === 'string' ? child : child.textContent)).join('');
  }
  set textContent(value: string) {
    this.children = [String(value)];
  }
  setAttribute(name: string, value: string): void {
    this.attributes.set(name, value);
  }
  append(...nodes: Array<FakeNode | string>): void {
    for (const node of nodes) {
      if (typeof node !== 'string') node.parent = this;
      this.children.push(typeof node === 'string' ? node : node);
    }
  }
  replaceChildren(...nodes: Array<FakeNode | string>): void {
    this.children = [];
    this.append(...nodes);
  }
  replaceWith(node: FakeNode): void {
    const siblings = this.parent!.children;
    siblings[siblings.indexOf(this)] = node;
    node.parent = this.parent;
  }
  remove(): void {
    this.parent?.children.splice(this.parent.children.indexOf(this), 1);
  }
  /** Only the `.class` selectors the console uses. */
  querySelector(selector: string): FakeNode | null {
    for (const child of this.children) {
      if (typeof child === 'string') continue;
      if (child.className.split(' ').includes(selector.slice(1))) return child;
      const found = child.querySelector(selector);
      if (found) return found;
    }
    return null;
  }
  /** Everything a person or a screen reader gets from this node: text, attributes, data attributes. */
  shownStrings(): string[] {
    return [
      ...this.children.filter((child): child is string => typeof child === 'string'),
      ...this.attributes.values(),
      ...Object.values(this.dataset),
      ...this.children.flatMap((child) => (typeof child === 'string' ? [] : child.shownStrings())),
    ];
  }
}

const ESC = '\u001B';
/** What a hostile agent could put in a name, a stage or a message. */
const ATTACKS = [
  `${ESC}[2J${ESC}[HLamp`,
  `Lamp${ESC}]0;you have been hacked\u0007`,
  `${ESC}]8;;https://evil.example/${ESC}\\Lamp${ESC}]8;;${ESC}\\`,
  '\u009B2JLamp',
  '\u009D0;title\u009CLamp',
  `${ESC}P1;2|secret${ESC}\\Lamp`,
  'La\u0085mp\u007F',
  'Lamp\u0007\u0008\u0008Door',
  'Lamp\rFront door unlocked',
  'Lamp\nE_INTERNAL\tnow',
  'Lamp \u202Erood tnorf\u202C \u2066x\u2069',
  `Lamp${ESC}`,
  'Lampe de chevet (salle à manger) 🌙 客厅灯 מנורה',
];

describe('the web console shows text from the network as text', () => {
  let plainText: PlainText;

  beforeAll(async () => {
    ({ plainText } = await consoleModule<{ plainText: PlainText }>('plain-text.js'));
  });

  it('never hands device data to the HTML parser: no innerHTML, outerHTML, insertAdjacentHTML or document.write', () => {
    for (const file of readdirSync(CONSOLE_DIRECTORY).filter((name) => name.endsWith('.js'))) {
      const source = readFileSync(`${CONSOLE_DIRECTORY}${file}`, 'utf8');
      expect(source, file).not.toMatch(/\.(innerHTML|outerHTML)\b|insertAdjacentHTML|document\.write|createContextualFragment|DOMParser/);
    }
  });

  it.each(ATTACKS)('strips %j as the protocol does, for names and for answers', (text) => {
    expect(plainText(text)).toBe(stripControlCharacters(text));
    expect(plainText(text, { multiline: true })).toBe(stripControlCharacters(text, { multiline: true }));
    expect(hasControlCharacters(plainText(text))).toBe(false);
  });

  describe('rendered', () => {
    const hostile = `${ESC}[2J${ESC}]0;owned\u0007Lamp\u202E\u009B31m`;
    const noControls = (strings: string[]) => strings.filter((text) => hasControlCharacters(text.replace(/\n/g, '')));
    let previousDocument: unknown;

    beforeAll(() => {
      previousDocument = (globalThis as { document?: unknown }).document;
      (globalThis as { document?: unknown }).document = { createElement: (tag: string) => new FakeNode(tag) };
    });
    afterAll(() => {
      (globalThis as { document?: unknown }).document = previousDocument;
    });

    it('lists a device whose name, area, floor and state carry escape sequences without them', async () => {
      const { createDevicePanel } = await consoleModule<{ createDevicePanel: (options: object) => { replaceAll(views: object[]): void } }>('device-panel.js');
      const list = new FakeNode('div');
      const summary = new FakeNode('p');
      const panel = createDevicePanel({ list, summary, onAreasChanged: () => undefined });
      panel.replaceAll([
        {
          id: 'lamp',
          type: 'light',
          name: hostile,
          aliases: [],
          area: { id: 'kitchen', name: `Kitchen${ESC}[5m`, aliases: [], floor: { id: 'ground', name: 'Ground\u0085floor', aliases: [] } },
          availability: 'online',
          state: { on: true, mode: `eco${ESC}]8;;https://evil.example/${ESC}\\` },
        },
      ]);
      expect(noControls(list.shownStrings())).toEqual([]);
      expect(list.querySelector('.device__name')!.textContent).toBe('Lamp');
      expect(list.querySelector('.area__name')!.textContent).toBe('KitchenGroundfloor');
    });

    it('shows where each device comes from beside its availability, and nothing for an origin it does not know', async () => {
      const { createDevicePanel } = await consoleModule<{ createDevicePanel: (options: object) => { replaceAll(views: object[]): void } }>('device-panel.js');
      const list = new FakeNode('div');
      const panel = createDevicePanel({ list, summary: new FakeNode('p'), onAreasChanged: () => undefined });
      const view = (id: string, origin: string | undefined, availability: string) => ({ id, type: 'switch', name: id, aliases: [], area: null, availability, ...(origin ? { origin } : {}), state: { on: false } });
      panel.replaceAll([view('plug', 'ha-discovery', 'offline')]);
      expect(list.querySelector('.device__origin')!.textContent).toBe('HA discovery');
      expect(list.querySelector('.device__offline')!.textContent).toBe('offline');
      panel.replaceAll([view('lamp', '__proto__', 'online'), view('old', undefined, 'online')]);
      expect(list.querySelector('.device__origin')).toBeNull();
    });

    it('shows a goal whose device name, stage, message and answer carry escape sequences without them', async () => {
      const { createConversation } = await consoleModule<{ createConversation: (options: object) => { begin(text: string): { accepted(view: object): void } } }>('conversation.js');
      const log = new FakeNode('ol');
      const conversation = createConversation({ log });
      conversation.begin('turn on the lamp').accepted({
        id: 'goal-1',
        conversationId: 'conversation-1',
        text: 'turn on the lamp',
        status: 'done',
        answer: `${ESC}[1mLamp\u0007: turned on.\r\nAll done\u2066.`,
        createdAt: 1,
        finishedAt: 2,
        subtasks: [{ id: 's1', deviceId: 'lamp', deviceName: hostile, text: 'Turn on the lamp.', status: 'done', stage: `mapping${ESC}[2K`, message: `On\u009B2J.` }],
      });
      expect(noControls(log.shownStrings())).toEqual([]);
      expect(log.querySelector('.subtask__device')!.textContent).toBe('Lamp');
      expect(log.querySelector('.subtask__message')!.textContent).toBe('On.');
      expect(log.querySelector('.goal__answer')!.textContent).toBe('Lamp: turned on.\nAll done.');
    });
  });
});
