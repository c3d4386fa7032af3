import { parseArgs } from 'node:util';
import { MeshmindError, type GoalView } from '@meshmind/protocol';
import type { CliCommand } from '../command';

async function request<T>(url: string, init?: RequestInit): Promise<T> {
  let response: Response;
  try {
    response = await fetch(url, init);
  } catch (error) {
    throw new MeshmindError('E_COORDINATOR_UNREACHABLE', `cannot reach the coordinator at ${url} (is \`meshmind start\` running?)`, { cause: error });
  }
  const body = (await response.json().catch(() => null)) as (T & { error?: { code: string; message: string } }) | null;
  if (!response.ok) {
    const message = body?.error ? `${body.error.code}: ${body.error.message}` : `HTTP ${response.status}`;
    throw new MeshmindError('E_INVALID_PAYLOAD', `the coordinator refused the goal (${message})`);
  }
  return body as T;
}

const FINAL = new Set(['done', 'partial', 'failed']);

export const chatCommand: CliCommand = {
  name: 'chat',
  summary: 'Send a goal to a running coordinator, show its progress and print the answer',
  usage: `meshmind chat "TEXT" [--url URL] [--conversation ID] [--from AREA|DEVICE] [--json]
  --url           coordinator base URL (default: $MESHMIND_URL or http://127.0.0.1:8080)
  --conversation  continue a conversation ("turn it off" refers to its last devices)
  --from          where you speak from, so "the light" means the light there
  --json          print the final goal as JSON instead of text`,
  async run(argv, io) {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { url: { type: 'string' }, conversation: { type: 'string' }, from: { type: 'string' }, json: { type: 'boolean' } },
    });
    const text = positionals.join(' ').trim();
    if (!text) {
      io.stderr.write(`usage: ${chatCommand.usage}\n`);
      return 2;
    }
    const base = (values.url ?? io.env.MESHMIND_URL ?? 'http://127.0.0.1:8080').replace(/\/$/, '');
    let goal = await request<GoalView>(`${base}/api/goals`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ text, ...(values.conversation ? { conversationId: values.conversation } : {}), ...(values.from ? { from: values.from } : {}) }),
    });
    const shown = new Map<string, string>();
    const showProgress = (view: GoalView) => {
      if (values.json) return;
      for (const subtask of view.subtasks) {
        const line = `${subtask.status}${subtask.stage && subtask.status === 'running' ? ` (${subtask.stage})` : ''}`;
        if (shown.get(subtask.id) === line) continue;
        shown.set(subtask.id, line);
        io.stderr.write(`  · ${subtask.deviceName}: ${line}\n`);
      }
    };
    const giveUpAt = Date.now() + 120_000;
    while (!FINAL.has(goal.status) && Date.now() < giveUpAt) {
      showProgress(goal);
      await new Promise((resolve) => setTimeout(resolve, 150));
      goal = await request<GoalView>(`${base}/api/goals/${goal.id}`);
    }
    showProgress(goal);
    if (values.json) io.stdout.write(`${JSON.stringify(goal, null, 2)}\n`);
    else io.stdout.write(`${goal.answer ?? 'No answer yet; the goal is still running.'}\n${values.conversation ? '' : `(conversation ${goal.conversationId})\n`}`);
    return goal.status === 'failed' ? 1 : 0;
  },
};
