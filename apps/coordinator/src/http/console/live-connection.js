const FIRST_RETRY_MS = 1_000;
const LONGEST_RETRY_MS = 15_000;

/**
 * Follows /api/events and survives the server going away. EventSource retries by itself after a
 * dropped connection, but gives up for good when a reconnect gets an error status (a restarting
 * server or a proxy's 502); then this opens a new one, backing off up to 15 s.
 *
 * `onStatus` gets 'connecting', 'live' or 'offline'; every (re)connection starts with a snapshot.
 * `onWorld` (optional) gets the simulated site's views (a warehouse, a network), when there is one.
 */
export function connectLive({ url, onSnapshot, onDevice, onGoal, onStatus, onWorld }) {
  let source = null;
  let retryTimer = null;
  let delay = FIRST_RETRY_MS;
  let stopped = false;

  const parse = (handler) => (event) => {
    let data;
    try {
      data = JSON.parse(event.data);
    } catch {
      return; // A torn or foreign line must not stop the stream; the next snapshot repairs the view.
    }
    handler(data);
  };

  async function open() {
    onStatus('connecting');
    let target;
    try {
      // A function may be async: the console asks for a fresh stream ticket for each connection.
      target = typeof url === 'function' ? await url() : url;
    } catch {
      if (stopped) return;
      onStatus('offline');
      scheduleReopen();
      return;
    }
    if (stopped) return;
    source = new EventSource(target);
    source.addEventListener('snapshot', parse((data) => {
      delay = FIRST_RETRY_MS;
      onStatus('live');
      onSnapshot(data);
    }));
    source.addEventListener('device', parse(onDevice));
    source.addEventListener('goal', parse(onGoal));
    if (onWorld) source.addEventListener('world', parse(onWorld));
    source.addEventListener('error', () => {
      if (stopped) return;
      onStatus('offline');
      if (source.readyState === EventSource.CLOSED) scheduleReopen();
    });
  }

  function scheduleReopen() {
    source?.close();
    clearTimeout(retryTimer);
    retryTimer = setTimeout(open, delay);
    delay = Math.min(delay * 2, LONGEST_RETRY_MS);
  }

  void open();
  return {
    stop() {
      stopped = true;
      clearTimeout(retryTimer);
      source?.close();
    },
  };
}
