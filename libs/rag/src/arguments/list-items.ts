/**
 * Several things named in one request for a function that takes one item: "add tea and honey to the
 * list" is two items, "add wood glue, screws and a hinge" three (`splitItems` in @meshmind/language
 * reads the list). A clause with a verb of its own ("call the plumber and book the MOT") is still
 * split, which is what a person who says two chores means.
 *
 * Whether a function is one a coordinated item list is spread over: it takes exactly one parameter,
 * a free-text string that is neither a name nor a secret (those are single values by nature).
 */
export function takesOneItem(parameters: ReadonlyArray<{ name: string; type: string }>, isNameOrSecret: (name: string) => boolean): boolean {
  return parameters.length === 1 && parameters[0]!.type === 'string' && !isNameOrSecret(parameters[0]!.name);
}
