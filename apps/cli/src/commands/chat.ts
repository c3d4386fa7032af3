import { parseArgs } from 'node:util';
import { CONVERSATION_KEY_HEADER, GoalViewSchema, MeshmindError, createValidator, escapeControlCharactersInJson, isErrorCode, stripControlCharacters, type GoalView } from '@meshmind/protocol';
import type { CliCommand } from '../command';
import { ConversationKeys } from '../conversation-keys';
import { DEFAULT_COORDINATOR_URL, stateDirectory } from '../paths';
import { apiTokenFor, unauthorizedHint, type ApiToken } from '../api-token';

const goalViewValidator = createValidator(GoalViewSchema);

async function request<T>(url: string, tokenChoice: ApiToken, init?: RequestInit, onHeaders?: (headers: Headers) => void): Promise<T> {
  let response: Response;
  try {
    response = await fetch(url, init);
  } catch (error) {
    throw new MeshmindError('E_COORDINATOR_UNREACHABLE', `cannot reach the coordinator at ${url} (is \`meshmind start\` running?)`, { cause: error });
  }
  const body = (await response.json().catch(() => null)) as (T & { error?: { code: string; message: string } }) | null;
  if (!response.ok) {
    const message = body?.error ? stripControlCharacters(`${body.error.code}: ${body.error.message}`) : `HTTP ${response.status}`;
    const hint = response.status === 401 ? unauthorizedHint(tokenChoice) : '';
    throw new MeshmindError(isErrorCode(body?.error?.code) ? body.error.code : 'E_INVALID_PAYLOAD', `the coordinator refused the goal (${message})${hint}`);
  }
  onHeaders?.(response.headers);
  return body as T;
}

// 'waiting': the assistant asked a question; the person's reply is the next `chat`.
const FINAL = new Set(['done', 'partial', 'failed', 'waiting']);
/**
 * An agent's last stage names how its task ended (libs/fsm STAGE_BY_STATE); until the coordinator has
 * read its report the subtask is still running, so it shows as "running (reporting)", not "running (done)".
 */
const ENDED_STAGES = new Set(['done', 'failed', 'not_executable', 'cancelled', 'expired']);
const stageShown = (stage: string) => (ENDED_STAGES.has(stage) ? 'reporting' : stage);
const GIVE_UP_AFTER_MS = 120_000;

interface ServerSentEvent {
  event: string;
  data: string;
}

/** Splits a text/event-stream body into events (the subset the coordinator writes: event + data lines). */
async function* serverSentEvents(body: ReadableStream<Uint8Array>): AsyncGenerator<ServerSentEvent> {
  const decoder = new TextDecoder();
  let buffer = '';
  for await (const chunk of body) {
    buffer += decoder.decode(chunk, { stream: true }).replace(/\r\n?/g, '\n');
    let end: number;
    while ((end = buffer.indexOf('\n\n')) !== -1) {
      const block = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      let event = 'message';
      const data: string[] = [];
      for (const line of block.split('\n')) {
        const colon = line.indexOf(':');
        if (colon === 0) continue; // a comment: the keep-alive
        const field = colon === -1 ? line : line.slice(0, colon);
        const value = colon === -1 ? '' : line.slice(colon + 1).replace(/^ /, '');
        if (field === 'event') event = value;
        else if (field === 'data') data.push(value);
      }
      if (data.length > 0) yield { event, data: data.join('\n') };
    }
  }
}

/**
 * Follows one goal over GET /api/goals/:id/events until it finishes. Returns the latest view it
 * saw, or null when the stream could not be opened; the caller polls from there.
 */
async function followGoalEvents(base: string, goalId: string, auth: Record<string, string>, giveUpAt: number, onView: (view: GoalView) => void): Promise<GoalView | null> {
  const abort = new AbortController();
  const timer = setTimeout(() => abort.abort(), Math.max(0, giveUpAt - Date.now()));
  let latest: GoalView | null = null;
  try {
    const response = await fetch(`${base}/api/goals/${encodeURIComponent(goalId)}/events`, { headers: { accept: 'text/event-stream', ...auth }, signal: abort.signal });
    if (!response.ok || !response.body || !response.headers.get('content-type')?.startsWith('text/event-stream')) {
      await response.body?.cancel();
      return null;
    }
    for await (const event of serverSentEvents(response.body)) {
      if (event.event !== 'goal') continue;
      const parsed = goalViewValidator.parse(event.data);
      if (!parsed.ok || parsed.value.id !== goalId) continue;
      latest = parsed.value;
      onView(latest);
      if (FINAL.has(latest.status)) break;
    }
    return latest;
  } catch {
    // A dropped stream or an old coordinator without the route: polling takes over.
    return latest;
  } finally {
    clearTimeout(timer);
    abort.abort();
  }
}

export const chatCommand: CliCommand = {
  name: 'chat',
  usage: `meshmind chat "TEXT" [--url URL] [--token TOKEN] [--conversation ID] [--from AREA|DEVICE] [--json]
  --url           coordinator base URL (default: $MESHMIND_URL or ${DEFAULT_COORDINATOR_URL})
  --token         bearer token (default: $MESHMIND_TOKEN, else for a coordinator on this machine the owner's
                  token \`meshmind start\` wrote in $MESHMIND_STATE_DIR or .meshmind/owner.token; see \`meshmind tokens\`)
  --conversation  continue a conversation ("turn it off" refers to its last devices); only one this
                  machine started: its key is kept in $MESHMIND_STATE_DIR or .meshmind/conversation-keys.json
  --from          where you speak from, so "the light" means the light there
  --json          print the final goal as JSON instead of text`,
  async run(argv, io) {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { url: { type: 'string' }, token: { type: 'string' }, conversation: { type: 'string' }, from: { type: 'string' }, json: { type: 'boolean' } },
    });
    const text = positionals.join(' ').trim();
    if (!text) {
      io.stderr.write(`usage: ${chatCommand.usage}\n`);
      return 2;
    }
    const base = (values.url ?? io.env.MESHMIND_URL ?? DEFAULT_COORDINATOR_URL).replace(/\/$/, '');
    const tokenChoice = apiTokenFor(base, values.token, io.env);
    const auth: Record<string, string> = tokenChoice.token ? { authorization: `Bearer ${tokenChoice.token}` } : {};
    const keys = new ConversationKeys(stateDirectory(io.env));
    const conversationKey = values.conversation ? keys.get(base, values.conversation) : undefined;
    const started: { key?: string } = {};
    let goal = await request<GoalView>(
      `${base}/api/goals`,
      tokenChoice,
      {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...auth, ...(conversationKey ? { [CONVERSATION_KEY_HEADER]: conversationKey } : {}) },
        body: JSON.stringify({ text, ...(values.conversation ? { conversationId: values.conversation } : {}), ...(values.from ? { from: values.from } : {}) }),
      },
      (headers) => {
        started.key = headers.get(CONVERSATION_KEY_HEADER) ?? undefined;
      },
    );
    // This goal started a conversation: keep its key so that a later `--conversation` can go on.
    if (started.key) keys.save(base, goal.conversationId, started.key);
    const shown = new Map<string, string>();
    const showProgress = (view: GoalView) => {
      if (values.json) return;
      for (const subtask of view.subtasks) {
        // Names and stages come from device agents: shown on a terminal, they must not be obeyed by it.
        const line = stripControlCharacters(`${subtask.status}${subtask.stage && subtask.status === 'running' ? ` (${stageShown(subtask.stage)})` : ''}`);
        if (shown.get(subtask.id) === line) continue;
        shown.set(subtask.id, line);
        io.stderr.write(`  · ${stripControlCharacters(subtask.deviceName)}: ${line}\n`);
      }
    };
    const giveUpAt = Date.now() + GIVE_UP_AFTER_MS;
    showProgress(goal);
    if (!FINAL.has(goal.status)) goal = (await followGoalEvents(base, goal.id, auth, giveUpAt, showProgress)) ?? goal;
    while (!FINAL.has(goal.status) && Date.now() < giveUpAt) {
      showProgress(goal);
      await new Promise((resolve) => setTimeout(resolve, 150));
      goal = await request<GoalView>(`${base}/api/goals/${goal.id}`, tokenChoice, { headers: auth });
    }
    showProgress(goal);
    if (values.json) io.stdout.write(`${escapeControlCharactersInJson(JSON.stringify(goal, null, 2))}\n`);
    else {
      const answer = typeof goal.answer === 'string' ? stripControlCharacters(goal.answer, { multiline: true }) : 'No answer yet; the goal is still running.';
      io.stdout.write(`${answer}\n${values.conversation ? '' : `(conversation ${stripControlCharacters(goal.conversationId)})\n`}`);
    }
    return goal.status === 'failed' ? 1 : 0;
  },
};
