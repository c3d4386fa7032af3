/**
 * A sentence of a language's data with named slots ("{device}: already {state}."), filled by the code
 * that knows the values but not the language. A slot the code gives no value for stays as written,
 * so a template and its caller out of step show in the answer instead of failing a task.
 */
export function fillTemplate(template: string, slots: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{([a-zA-Z]+)\}/g, (slot, name: string) => (slots[name] === undefined ? slot : String(slots[name])));
}
