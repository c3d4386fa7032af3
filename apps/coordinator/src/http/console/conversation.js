import { element } from './dom.js';
import { plainText } from './plain-text.js';

// 'waiting': the assistant asked a question and the reply will be a new goal, so this one is over.
// 'lost' is the console's own: the coordinator answered 404 for a goal it had accepted.
const FINAL_GOAL_STATUSES = new Set(['done', 'partial', 'failed', 'waiting', 'lost']);
const GOAL_STATUS_TEXT = {
  sending: 'Sending…',
  planning: 'Planning…',
  running: 'Working…',
  done: 'Done',
  partial: 'Partly done',
  failed: 'Failed',
  waiting: 'Waiting for your answer',
  lost: 'Unknown',
};
const PHASES = ['pending', 'dispatched', 'running', 'outcome'];
const OUTCOME_TEXT = {
  done: 'done',
  failed: 'failed',
  not_executable: 'not executable',
  needs_confirmation: 'needs confirmation',
  timeout: 'timed out',
  skipped: 'skipped',
  cancelled: 'cancelled',
};
const NEUTRAL_OUTCOMES = new Set(['skipped', 'needs_confirmation']);

function phaseIndex(status) {
  // A subtask 'waiting' for its time ("in ten minutes") has not been sent yet.
  if (status === 'waiting') return 0;
  const index = PHASES.indexOf(status);
  return index === -1 ? PHASES.length - 1 : index;
}

/**
 * The chat of this tab: one turn per goal (what the person said, then the assistant's timeline
 * of subtasks and its answer). Goal views arrive whole, from the POST answer and from the live
 * stream in any order; each subtask remembers the states it was seen in, so the timeline shows
 * how it moved even though every view is only a snapshot.
 */
export function createConversation({ log, onCancelScheduled = null }) {
  const turns = new Map(); // goal id -> { node, view, seen: Map<subtask id, { statuses: Set, stages: string[] }> }
  // Live events may beat the POST answer that tells which goal is ours: keep them, in order.
  const early = new Map();
  // Goals sent from this tab whose POST has not answered yet: their events must wait in `early`,
  // not open a second turn for the same goal.
  let sending = 0;

  function scrollToEnd() {
    log.scrollTop = log.scrollHeight;
  }

  function newTurnNode(text) {
    const status = element('span', { className: 'goal__status', 'data-status': 'sending', text: GOAL_STATUS_TEXT.sending });
    const timeline = element('ol', { className: 'timeline', 'aria-label': 'Subtasks' });
    const answer = element('p', { className: 'goal__answer' });
    const node = element(
      'li',
      { className: 'turn' },
      element('p', { className: 'bubble bubble--person' }, element('span', { className: 'visually-hidden', text: 'You said: ' }), plainText(text)),
      element('article', { className: 'goal', 'aria-label': 'Assistant' }, element('header', { className: 'goal__header' }, status), timeline, answer),
    );
    log.append(node);
    scrollToEnd();
    return node;
  }

  function track(turn, view) {
    for (const subtask of view.subtasks) {
      const seen = turn.seen.get(subtask.id) ?? { statuses: new Set(), stages: [] };
      seen.statuses.add(subtask.status);
      if (subtask.stage && seen.stages.at(-1) !== subtask.stage) seen.stages.push(subtask.stage);
      turn.seen.set(subtask.id, seen);
    }
  }

  function renderPhase(phase, subtask, seen) {
    const current = phaseIndex(subtask.status);
    const index = PHASES.indexOf(phase);
    // Watched going from pending straight to an outcome (an offline device): say so, don't tick.
    const watchedBefore = [...seen.statuses].some((status) => phaseIndex(status) < index);
    const watchedAfter = [...seen.statuses].some((status) => phaseIndex(status) > index && phaseIndex(status) < current);
    const skipped = index < current && watchedBefore && !seen.statuses.has(phase) && !watchedAfter && !subtask.stage;
    const state = skipped ? 'skipped' : index < current ? 'passed' : index === current ? 'current' : 'upcoming';
    let text = phase;
    if (phase === 'pending' && subtask.status === 'waiting') text = 'scheduled';
    if (phase === 'running' && seen.stages.length > 0) text = `running: ${plainText(seen.stages.join(' › '))}`;
    if (phase === 'outcome') text = index === current ? OUTCOME_TEXT[subtask.status] ?? plainText(subtask.status) : 'outcome';
    const outcomeTone = subtask.status === 'done' ? 'good' : NEUTRAL_OUTCOMES.has(subtask.status) ? 'neutral' : 'bad';
    const tone = phase === 'outcome' && index === current ? ` phase--${outcomeTone}` : '';
    return element('li', { className: `phase phase--${state}${tone}`, 'data-phase': phase }, element('span', { className: 'visually-hidden', text: `${state}: ` }), text);
  }

  function cancelButton(subtask, deviceName) {
    const button = element('button', { type: 'button', className: 'subtask__cancel', text: 'Cancel', 'aria-label': `Cancel the scheduled step for ${deviceName}` });
    button.addEventListener('click', () => {
      button.disabled = true;
      onCancelScheduled(subtask.id);
    });
    return button;
  }

  function renderSubtask(subtask, seen) {
    // Device names, subtask texts and messages come from the network: shown, never obeyed (plain-text.js).
    const deviceName = plainText(subtask.deviceName);
    return element(
      'li',
      { className: 'subtask', dataset: { subtaskId: subtask.id, deviceId: subtask.deviceId, status: subtask.status } },
      element('div', { className: 'subtask__head' },
        element('span', { className: 'subtask__device', text: deviceName }),
        element('span', { className: 'subtask__text', text: plainText(subtask.text) })),
      element('ol', { className: 'phases', 'aria-label': `${deviceName} progress` }, PHASES.map((phase) => renderPhase(phase, subtask, seen))),
      subtask.message ? element('p', { className: 'subtask__message', text: plainText(subtask.message, { multiline: true }) }) : null,
      // A step waiting for its time can be called off before it is ever sent.
      subtask.status === 'waiting' && onCancelScheduled ? cancelButton(subtask, deviceName) : null,
    );
  }

  function render(turn) {
    const { node, view } = turn;
    node.dataset.goalId = view.id;
    node.dataset.status = view.status;
    const status = node.querySelector('.goal__status');
    status.dataset.status = view.status;
    status.textContent = GOAL_STATUS_TEXT[view.status] ?? plainText(view.status);
    node.querySelector('.timeline').replaceChildren(...view.subtasks.map((subtask) => renderSubtask(subtask, turn.seen.get(subtask.id))));
    node.querySelector('.goal__answer').textContent = FINAL_GOAL_STATUSES.has(view.status) ? plainText(view.answer, { multiline: true }) : '';
    scrollToEnd();
  }

  function apply(turn, view) {
    // A late POST answer ("planning") must not undo what the stream already showed.
    if (turn.view && FINAL_GOAL_STATUSES.has(turn.view.status) && !FINAL_GOAL_STATUSES.has(view.status)) return;
    turn.view = view;
    track(turn, view);
    render(turn);
  }

  return {
    /** Shows the person's words at once; `accepted` or `refused` completes the turn. */
    begin(text) {
      const node = newTurnNode(text);
      sending += 1;
      let open = true;
      const settle = () => {
        if (open) sending = Math.max(0, sending - 1);
        open = false;
      };
      return {
        accepted(view) {
          settle();
          const restored = turns.get(view.id);
          if (restored) {
            // Another path already showed this goal (a reconnect snapshot): keep one turn only.
            node.remove();
            apply(restored, view);
            return;
          }
          const turn = { node, view: null, seen: new Map() };
          turns.set(view.id, turn);
          apply(turn, view);
          for (const newer of early.get(view.id) ?? []) apply(turn, newer);
          early.delete(view.id);
        },
        refused(message) {
          settle();
          const status = node.querySelector('.goal__status');
          status.dataset.status = 'failed';
          status.textContent = 'Not sent';
          node.querySelector('.goal__answer').textContent = plainText(message, { multiline: true });
          node.dataset.status = 'refused';
        },
      };
    },
    /** Any goal event; goals of other tabs and conversations are ignored. */
    update(view, conversationId) {
      const turn = turns.get(view.id);
      if (turn) {
        apply(turn, view);
        return;
      }
      if (conversationId && view.conversationId === conversationId && sending === 0) {
        const restored = { node: newTurnNode(view.text), view: null, seen: new Map() };
        turns.set(view.id, restored);
        apply(restored, view);
        return;
      }
      const views = early.get(view.id) ?? [];
      if (views.length < 100) views.push(view);
      early.set(view.id, views);
      if (early.size > 50) early.delete(early.keys().next().value);
    },
    /** Goals this tab still waits for; after a reconnect they are fetched again. */
    unfinishedGoalIds() {
      return [...turns.entries()].filter(([, turn]) => turn.view && !FINAL_GOAL_STATUSES.has(turn.view.status)).map(([id]) => id);
    },
    /** Starts over: a new conversation in this tab. */
    reset() {
      turns.clear();
      sending = 0;
      early.clear();
      log.replaceChildren();
    },
    /** The coordinator no longer knows a goal (it restarted without its database). */
    lost(goalId) {
      const turn = turns.get(goalId);
      if (!turn) return;
      turn.view = { ...turn.view, status: 'lost', answer: 'The coordinator restarted and lost track of this goal.' };
      render(turn);
    },
  };
}
