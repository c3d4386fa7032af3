import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MeshmindError, isLoopbackHost } from '@meshmind/protocol';
import { OWNER_TOKEN_FILE, stateDirectory } from './paths';

/** Which token a command that calls the HTTP API sends, and where it came from (for its hints). */
export interface ApiToken {
  token: string | undefined;
  /** The owner file looked at, whether or not it held a token; null when a flag or the environment gave one, or the URL is not this machine's. */
  ownerFile: string | null;
}

function readOwnerFile(path: string): string | undefined {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    // Absent (no coordinator started here yet) or not ours to read: the request goes without one and its 401 says how to get one.
    if (code === 'ENOENT' || code === 'EACCES' || code === 'EPERM') return undefined;
    throw new MeshmindError('E_CONFIG_INVALID', `cannot read the owner token ${path}: ${(error as Error).message}`, { cause: error });
  }
  const token = text.trim();
  return token.length > 0 ? token : undefined;
}

/** Whether a URL names this machine (libs/protocol's loopback rule, the one the coordinator binds by). */
function isThisMachine(baseUrl: string): boolean {
  try {
    return isLoopbackHost(new URL(baseUrl).hostname);
  } catch {
    return false;
  }
}

/**
 * The token for a coordinator's API: `--token`, else $MESHMIND_TOKEN, else the owner's token that
 * `meshmind start` wrote in the state directory ($MESHMIND_STATE_DIR or .meshmind). Whoever may read
 * that file may control the home, as with the master key beside it; so the first run needs no step.
 * The owner file is sent only to a coordinator on this machine (a loopback URL): a `--url` naming
 * another host must not receive this home's owner token.
 */
export function apiTokenFor(baseUrl: string, flag: string | undefined, env: NodeJS.ProcessEnv): ApiToken {
  const given = flag ?? env.MESHMIND_TOKEN;
  if (given !== undefined && given !== '') return { token: given, ownerFile: null };
  if (!isThisMachine(baseUrl)) return { token: undefined, ownerFile: null };
  const ownerFile = join(stateDirectory(env), OWNER_TOKEN_FILE);
  return { token: readOwnerFile(ownerFile), ownerFile };
}

/** What a 401 from the coordinator should tell the person. */
export function unauthorizedHint(choice: ApiToken): string {
  if (choice.ownerFile === null) return '; give a token with --token or $MESHMIND_TOKEN (`meshmind tokens create NAME` on the coordinator)';
  return `; give a token with --token or $MESHMIND_TOKEN, or run this where ${choice.ownerFile} (the owner's token, written by \`meshmind start\`) can be read (set $MESHMIND_STATE_DIR to the directory of \`meshmind start --db\`)`;
}
