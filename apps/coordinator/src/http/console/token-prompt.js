import { element } from './dom.js';

/**
 * Asks for the coordinator's token inside the page, above the message box. Not window.prompt: it
 * blocks the page, and browsers may suppress it. `ask` resolves with what the person entered;
 * several callers waiting at once share the one answer.
 */
export function createTokenPrompt({ before }) {
  const message = element('p', { className: 'token-form__message', id: 'token-message' });
  const input = element('input', {
    id: 'token-input',
    name: 'token',
    type: 'password',
    autocomplete: 'off',
    spellcheck: 'false',
    required: true,
    placeholder: 'mm_…',
    'aria-describedby': 'token-message',
  });
  const form = element(
    'form',
    { className: 'composer token-form', id: 'token-form', hidden: true },
    message,
    element(
      'div',
      { className: 'composer__row' },
      element('label', { className: 'visually-hidden', for: 'token-input', text: 'Token' }),
      input,
      element('button', { type: 'submit', id: 'token-submit', text: 'Use token' }),
    ),
  );
  before.before(form);
  const waiting = [];

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const value = input.value.trim();
    if (!value) return;
    input.value = '';
    form.hidden = true;
    for (const resolve of waiting.splice(0)) resolve(value);
  });

  return {
    ask(text) {
      message.textContent = text;
      form.hidden = false;
      input.focus();
      return new Promise((resolve) => waiting.push(resolve));
    },
  };
}
