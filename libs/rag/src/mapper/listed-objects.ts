/**
 * Items said as a list before the phrase that names the list (issue #17, lists): "put oranges, apples
 * and grapes on the groceries" is cut into clauses at its commas and "and" ("put oranges", "apples",
 * "grapes on the groceries"). Read alone, "put oranges" says no path onto the list, and the call was
 * declined as a deed the list cannot do ("the list cannot put the oranges"), though "put oranges on
 * the list" was read. The clauses after a verb's clause that open with no verb of their own are more
 * objects of that verb: the verb's path is read through them to the phrase that ends them.
 */

/** The clause at `at` with the verbless clauses after it, up to the next clause that has a verb of its own. */
export function throughListedObjects(clauses: readonly string[], at: number, hasVerb: (clause: string) => boolean): string {
  let text = clauses[at]!;
  for (let next = at + 1; next < clauses.length && !hasVerb(clauses[next]!); next += 1) text = `${text}, ${clauses[next]}`;
  return text;
}
