import { element } from './dom.js';
import { connectLive } from './live-connection.js';
import { createDevicePanel } from './device-panel.js';
import { createConversation } from './conversation.js';
import { createWorldView } from './world-view.js';

// sessionStorage is per tab: one conversation per tab, kept across reloads of that tab.
const CONVERSATION_KEY = 'meshmind.conversationId';
const FROM_KEY = 'meshmind.from';

const form = document.getElementById('composer');
const input = document.getElementById('goal-text');
const fromSelect = document.getElementById('from');
const connection = document.getElementById('connection');
const emptyHint = document.getElementById('empty-hint');
const log = document.getElementById('log');

let conversationId = sessionStorage.getItem(CONVERSATION_KEY);

const conversation = createConversation({ log });
const world = createWorldView({ section: document.getElementById('world'), title: document.getElementById('world-title'), body: document.getElementById('world-body') });
const devices = createDevicePanel({
  list: document.getElementById('device-list'),
  summary: document.getElementById('devices-summary'),
  onAreasChanged: renderAreaOptions,
});

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

async function fetchJson(url, init) {
  const response = await fetch(url, init);
  const body = await response.json().catch(() => null);
  if (!response.ok) {
    const error = new Error(body?.error ? body.error.message : `HTTP ${response.status}`);
    error.status = response.status;
    throw error;
  }
  return body;
}

/** After a reconnect: goals that finished while the stream was down are read once more. */
async function refreshUnfinished(snapshotGoalIds) {
  for (const goalId of conversation.unfinishedGoalIds()) {
    if (snapshotGoalIds.has(goalId)) continue;
    try {
      conversation.update(await fetchJson(`/api/goals/${encodeURIComponent(goalId)}`), conversationId);
    } catch (error) {
      if (error.status === 404) conversation.lost(goalId);
    }
  }
}

connectLive({
  url: () => `/api/events${conversationId ? `?conversationId=${encodeURIComponent(conversationId)}` : ''}`,
  onStatus: showConnection,
  onSnapshot(snapshot) {
    devices.replaceAll(snapshot.devices);
    for (const goal of snapshot.goals) conversation.update(goal, conversationId);
    updateHint();
    void refreshUnfinished(new Set(snapshot.goals.map((goal) => goal.id)));
  },
  onDevice: (view) => devices.update(view),
  onGoal: (view) => {
    conversation.update(view, conversationId);
    world.goal(view);
  },
  onWorld: (view) => world.update(view),
});

form.addEventListener('submit', async (event) => {
  event.preventDefault();
  const text = input.value.trim();
  if (!text) return;
  input.value = '';
  const turn = conversation.begin(text);
  updateHint();
  const from = fromSelect.value;
  try {
    const view = await fetchJson('/api/goals', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ text, ...(conversationId ? { conversationId } : {}), ...(from ? { from } : {}) }),
    });
    if (!conversationId) {
      conversationId = view.conversationId;
      sessionStorage.setItem(CONVERSATION_KEY, conversationId);
    }
    turn.accepted(view);
  } catch (error) {
    // Keep what was typed so that it can be sent again once the coordinator is back.
    if (!input.value) input.value = text;
    turn.refused(error instanceof TypeError ? 'The coordinator cannot be reached; try again when it is back.' : `The coordinator refused this: ${error.message}`);
  }
  input.focus();
});

fromSelect.addEventListener('change', () => sessionStorage.setItem(FROM_KEY, fromSelect.value));

document.getElementById('new-conversation').addEventListener('click', () => {
  sessionStorage.removeItem(CONVERSATION_KEY);
  conversationId = null;
  conversation.reset();
  updateHint();
  input.focus();
});
