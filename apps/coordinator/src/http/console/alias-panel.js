import { element } from './dom.js';

/**
 * Names and phrasings the house learned in conversation ("call the floor lamp 'the big light'",
 * "no, I meant the floor lamp"), each with a button that forgets it. Phrases and device names come
 * from people and agents: they go in as text only.
 */
export function createAliasPanel({ section, list, fetchJson }) {
  let refreshing = null;

  function render(aliases) {
    section.hidden = aliases.length === 0;
    list.replaceChildren(
      ...aliases.map((alias) =>
        element(
          'li',
          { className: 'alias', dataset: { aliasId: alias.id } },
          element('span', { className: 'alias__phrase', text: `“${alias.phrase}”` }),
          element('span', { className: 'alias__device', text: ` means ${alias.deviceName ?? alias.deviceId}` }),
          element('span', { className: 'alias__kind', text: alias.kind === 'correction' ? ' (learned from a correction)' : ' (alias)', title: alias.taughtBy }),
          removeButton(alias),
        ),
      ),
    );
  }

  function removeButton(alias) {
    const button = element('button', { type: 'button', className: 'link-button alias__remove', text: 'Remove', 'aria-label': `Remove “${alias.phrase}”` });
    button.addEventListener('click', async () => {
      button.disabled = true;
      try {
        await fetchJson(`/api/aliases/${encodeURIComponent(alias.id)}`, { method: 'DELETE' });
      } catch (error) {
        // Already gone (404) is what was wanted; anything else is shown on the button.
        if (error.status !== 404) {
          button.disabled = false;
          button.title = error.message;
          return;
        }
      }
      await refresh();
    });
    return button;
  }

  /** Reads the list again; calls made while one is in flight share it. */
  function refresh() {
    refreshing ??= fetchJson('/api/aliases')
      .then(({ body }) => render(body))
      .catch((error) => console.warn('could not read the learned names', error.message))
      .finally(() => {
        refreshing = null;
      });
    return refreshing;
  }

  return { refresh };
}
