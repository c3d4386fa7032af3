import type { ParameterSpec } from '@meshmind/protocol';

/** A pair of numbers at least: "go to 5, 7", "x 1 and y 18". One bare number may name a robot or count photos. */
const PAIR = 2;

/**
 * Whether the document has a function that takes two numbers or more (a point's x and y): the numbers
 * a request says in a pair are then that function's values, not a name.
 */
export function takesNumberPair(parameterLists: ReadonlyArray<readonly ParameterSpec[]>): boolean {
  return parameterLists.some((parameters) => parameters.filter((parameter) => parameter.type === 'integer' || parameter.type === 'number').length >= PAIR);
}

/**
 * How many of a request's bare numbers a function that takes no number leaves unused, at half weight
 * each as for a function that takes fewer than said. Where the document has a function that takes a
 * pair, "go to 5, 7" drops both numbers on a function named "go_charge" (python-zh-nav's dock, whose
 * "go" the request shares): its name is no reason to throw the point away. A single number, or a
 * document with no function that takes two, counts nothing: "robot 3, dock".
 */
export function unusedByNumberless(bare: number, documentTakesPair: boolean | undefined): number {
  return documentTakesPair === true && bare >= PAIR ? 0.5 * bare : 0;
}

/**
 * A function that takes as many numbers as the request says bare, two or more, fits it as surely as a
 * number with its unit fits a setter: "get over to 14, 9" is a point whatever the words around it.
 */
export function numberPairFit(numericParameters: number, bare: number): number {
  return numericParameters >= PAIR && bare === numericParameters ? 1 : 0;
}
