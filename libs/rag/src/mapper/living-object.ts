/**
 * Whether a noun's commonest sense (its WordNet hypernyms, `ancestors`) is a living thing: a person or
 * an animal, which goes about by itself as a vehicle does (other-machine.ts). "Stop the sorter", "dock the
 * drone", "halt the printer" said to a warehouse robot stopped or docked the robot (issue #17): the
 * commonest sense of "sorter" is a clerk, of "drone" a bee, of "printer" a worker; in either reading
 * (the person, or the machine named after them) the deed is another one's, not the device's. The
 * device's own parts are made things ("the motors", "the brakes", "the lens") and stay its own. Read only
 * for a command's object, and only where the call is given no value: "put the temp to 20.5" sets the
 * device's own temperature, though a temp is first a person.
 */
export function goesByItself(ancestors: ReadonlyMap<string, number>): boolean {
  return ancestors.has('organism') || ancestors.has('person');
}
