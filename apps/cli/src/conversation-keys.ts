import { chmodSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { safeParseJson } from '@meshmind/protocol';

/** Enough for every conversation a person keeps going by hand; the oldest are dropped. */
const MOST_KEYS = 200;
const FILE_NAME = 'conversation-keys.json';

/**
 * The keys of conversations `meshmind chat` started, so that `--conversation ID` can go on with
 * them. A key lets its holder say "yes" to an unlock: the file is readable by its owner only.
 */
export class ConversationKeys {
  private readonly path: string;

  constructor(private readonly directory: string) {
    this.path = join(directory, FILE_NAME);
  }

  get(coordinatorUrl: string, conversationId: string): string | undefined {
    return this.read()[entryName(coordinatorUrl, conversationId)];
  }

  save(coordinatorUrl: string, conversationId: string, key: string): void {
    const entries = Object.entries(this.read()).filter(([name]) => name !== entryName(coordinatorUrl, conversationId));
    entries.push([entryName(coordinatorUrl, conversationId), key]);
    mkdirSync(this.directory, { recursive: true, mode: 0o700 });
    // Written aside and renamed: a second `chat` reading at the same moment never sees half a file.
    const temporary = `${this.path}.${process.pid}.tmp`;
    writeFileSync(temporary, `${JSON.stringify(Object.fromEntries(entries.slice(-MOST_KEYS)), null, 2)}\n`, { mode: 0o600 });
    chmodSync(temporary, 0o600);
    renameSync(temporary, this.path);
  }

  private read(): Record<string, string> {
    let text: string;
    try {
      text = readFileSync(this.path, 'utf8');
    } catch {
      return {};
    }
    const parsed = safeParseJson(text, 1024 * 1024);
    if (!parsed.ok || typeof parsed.value !== 'object' || parsed.value === null || Array.isArray(parsed.value)) return {};
    return Object.fromEntries(Object.entries(parsed.value).filter((entry): entry is [string, string] => typeof entry[1] === 'string'));
  }
}

/** Keyed by coordinator too: two coordinators may both have a conversation with a chosen id. */
function entryName(coordinatorUrl: string, conversationId: string): string {
  return `${coordinatorUrl} ${conversationId}`;
}
