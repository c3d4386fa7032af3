import { element } from './dom.js';
import { connectLive } from './live-connection.js';
import { createDevicePanel } from './device-panel.js';
import { createConversation } from './conversation.js';
import { createTokenPrompt } from './token-prompt.js';
import { createWorldView } from './world-view.js';
import { createAliasPanel } from './alias-panel.js';

// sessionStorage is per tab: one conversation per tab, kept across reloads of that tab.
const CONVERSATION_KEY = 'meshmind.conversationId';
// The conversation's secret beside its id: only this tab may go on with it (say "yes" to an unlock).
const CONVERSATION_SECRET_KEY = 'meshmind.conversationKey';
const FROM_KEY = 'meshmind.from';
// localStorage: a token is asked for once per browser, not once per tab.
const TOKEN_KEY = 'meshmind.token';
const CONVERSATION_KEY_HEADER = 'x-meshmind-conversation-key';

const form = document.getElementById('composer');
const input = document.getElementById('goal-text');
const fromSelect = document.getElementById('from');
const connection = document.getElementById('connection');
const emptyHint = document.getElementById('empty-hint');
const log = document.getElementById('log');

/**
 * `meshmind start` prints a login link, `/#token=...`: in the fragment, which the browser never
 * sends, so the token reaches no server or proxy log. It is kept like a typed-in token and taken
 * out of the address bar at once, so that it is neither shown nor left in the history.
 */
function tokenFromLoginLink() {
  const fragment = new URLSearchParams(location.hash.replace(/^#/, ''));
  if (!fragment.has('token')) return null;
  const value = fragment.get('token').trim();
  history.replaceState(null, '', `${location.pathname}${location.search}`);
  if (!value) return null;
  localStorage.setItem(TOKEN_KEY, value);
  return value;
}

// The link opened in a tab that shows the console already only changes the fragment: no new page load.
window.addEventListener('hashchange', () => {
  if (tokenFromLoginLink() !== null) location.reload();
});

let conversationId = sessionStorage.getItem(CONVERSATION_KEY);
let conversationKey = sessionStorage.getItem(CONVERSATION_SECRET_KEY);
let token = tokenFromLoginLink() ?? localStorage.getItem(TOKEN_KEY);
const tokenPrompt = createTokenPrompt({ before: form });

const conversation = createConversation({
  log,
  onCancelScheduled: (subtaskId) =>
    fetchJson(`/api/schedules/${encodeURIComponent(subtaskId)}`, { method: 'DELETE' }).catch((error) => console.warn('could not cancel', error.message)),
});
const world = createWorldView({ section: document.getElementById('world'), title: document.getElementById('world-title'), body: document.getElementById('world-body') });
const devices = createDevicePanel({
  list: document.getElementById('device-list'),
  summary: document.getElementById('devices-summary'),
  onAreasChanged: renderAreaOptions,
});

// Goals may teach names ("call the lamp 'the big light'"): the list is read again after each one.
const aliases = createAliasPanel({ section: document.getElementById('aliases'), list: document.getElementById('alias-list'), fetchJson: (url, init) => fetchJson(url, init) });
const FINISHED = new Set(['done', 'partial', 'failed', 'waiting']);

function renderAreaOptions(areas) {
  const chosen = fromSelect.value || sessionStorage.getItem(FROM_KEY) || '';
  const byFloor = new Map();
  for (const area of areas) {
    const floor = area.floor?.name ?? 'Other';
    byFloor.set(floor, [...(byFloor.get(floor) ?? []), area]);
  }
  const groups = [...byFloor.entries()].map(([floor, members]) =>
    element('optgroup', { label: floor }, members.map((area) => element('option', { value: area.id, text: area.name }))));
  fromSelect.replaceChildren(element('option', { value: '', text: 'anywhere' }), ...groups);
  fromSelect.value = areas.some((area) => area.id === chosen) ? chosen : '';
}

const CONNECTION_TEXT = { connecting: 'Connecting…', live: 'Live', offline: 'Offline: reconnecting…' };
function showConnection(state) {
  connection.dataset.state = state;
  connection.textContent = CONNECTION_TEXT[state];
}

function updateHint() {
  emptyHint.hidden = log.children.length > 0;
}

let tokenAnswer = null;
/** Asks for a token (once, however many requests are waiting) and starts the live stream again with it. */
function askForToken() {
  tokenAnswer ??= tokenPrompt
    .ask(
      token
        ? 'The coordinator refused the token (unknown or revoked). Open the login link `meshmind start` printed, or enter another token:'
        : 'This coordinator needs a token. Open the login link `meshmind start` printed, or enter a token here (the owner\'s is in .meshmind/owner.token; `npx meshmind tokens create NAME` makes others):',
    )
    .then((value) => {
      token = value;
      localStorage.setItem(TOKEN_KEY, value);
      tokenAnswer = null;
      // A stream that was refused retries only slowly on its own; the first one has not started yet.
      if (live) restartLive();
      input.focus();
    });
  return tokenAnswer;
}

/** fetch with the token; a 401 asks for one and tries again. */
async function apiFetch(url, init = {}) {
  for (;;) {
    const response = await fetch(url, { ...init, headers: { ...init.headers, ...(token ? { authorization: `Bearer ${token}` } : {}) } });
    if (response.status !== 401) return response;
    await askForToken();
  }
}

async function fetchJson(url, init) {
  const response = await apiFetch(url, init);
  const body = await response.json().catch(() => null);
  if (!response.ok) {
    const error = new Error(body?.error ? body.error.message : `HTTP ${response.status}`);
    error.status = response.status;
    error.code = body?.error?.code;
    throw error;
  }
  return { body, headers: response.headers };
}

/**
 * An EventSource shows no status: when the stream fails, one plain request tells whether the
 * token is the reason (401 asks for one) rather than the server being away.
 */
async function checkAccess() {
  try {
    await apiFetch('/api/health');
  } catch {
    // The server is away; the live connection keeps retrying by itself.
  }
}

/** After a reconnect: goals that finished while the stream was down are read once more. */
async function refreshUnfinished(snapshotGoalIds) {
  for (const goalId of conversation.unfinishedGoalIds()) {
    if (snapshotGoalIds.has(goalId)) continue;
    try {
      conversation.update((await fetchJson(`/api/goals/${encodeURIComponent(goalId)}`)).body, conversationId);
    } catch (error) {
      if (error.status === 404) conversation.lost(goalId);
    }
  }
}

async function eventsUrl() {
  // EventSource cannot send a header, so the stream's URL carries a credential: a ticket that opens
  // event streams for a minute, never the token itself, which a proxy's access log would keep.
  const { body } = await fetchJson('/api/events/tickets', { method: 'POST' });
  const query = new URLSearchParams({ ...(conversationId ? { conversationId } : {}), ticket: body.ticket }).toString();
  return `/api/events?${query}`;
}

function startLive() {
  return connectLive({
    url: eventsUrl,
    onStatus(state) {
      showConnection(state);
      if (state === 'offline' && !tokenAnswer) void checkAccess();
    },
    onSnapshot(snapshot) {
      devices.replaceAll(snapshot.devices);
      for (const goal of snapshot.goals) conversation.update(goal, conversationId);
      updateHint();
      void refreshUnfinished(new Set(snapshot.goals.map((goal) => goal.id)));
      void aliases.refresh();
    },
    onDevice: (view) => devices.update(view),
    onGoal: (view) => {
      conversation.update(view, conversationId);
      world.goal(view);
      if (FINISHED.has(view.status)) void aliases.refresh();
    },
    onWorld: (view) => world.update(view),
  });
}

let live = null;
function restartLive() {
  live?.stop();
  live = startLive();
}

function forgetConversation() {
  sessionStorage.removeItem(CONVERSATION_KEY);
  sessionStorage.removeItem(CONVERSATION_SECRET_KEY);
  conversationId = null;
  conversationKey = null;
}

// Ask for a token before the first stream, rather than after it has failed once.
void checkAccess().then(restartLive);

form.addEventListener('submit', async (event) => {
  event.preventDefault();
  const text = input.value.trim();
  if (!text) return;
  input.value = '';
  const turn = conversation.begin(text);
  updateHint();
  const from = fromSelect.value;
  try {
    const { body: view, headers } = await fetchJson('/api/goals', {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(conversationId && conversationKey ? { [CONVERSATION_KEY_HEADER]: conversationKey } : {}) },
      body: JSON.stringify({ text, ...(conversationId ? { conversationId } : {}), ...(from ? { from } : {}) }),
    });
    // Only a goal that started a conversation carries its key, and only in this answer.
    const newKey = headers.get(CONVERSATION_KEY_HEADER);
    if (newKey) {
      conversationKey = newKey;
      sessionStorage.setItem(CONVERSATION_SECRET_KEY, newKey);
    }
    if (!conversationId) {
      conversationId = view.conversationId;
      sessionStorage.setItem(CONVERSATION_KEY, conversationId);
    }
    turn.accepted(view);
  } catch (error) {
    // Keep what was typed so that it can be sent again once the coordinator is back.
    if (!input.value) input.value = text;
    if (error.code === 'E_FORBIDDEN') {
      // This tab lost the conversation's key (or never had it): the next message starts a new one.
      forgetConversation();
      turn.refused(`${error.message} Send it again to start a new conversation.`);
    } else {
      turn.refused(error instanceof TypeError ? 'The coordinator cannot be reached; try again when it is back.' : `The coordinator refused this: ${error.message}`);
    }
  }
  input.focus();
});

fromSelect.addEventListener('change', () => sessionStorage.setItem(FROM_KEY, fromSelect.value));

document.getElementById('new-conversation').addEventListener('click', () => {
  forgetConversation();
  conversation.reset();
  updateHint();
  input.focus();
});
