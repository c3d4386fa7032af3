import { en, stem, words } from '@meshmind/language';

/**
 * Whether a function hands back a value, from the output its document declares: a reading, a list,
 * a path ("int 0-100", "list[str]", "char* path"), not a success flag ("bool", "True/False",
 * "logical", "int 1/0", Go's lone "error") and not nothing.
 */
export function handsBackValue(returns: string | undefined): boolean {
  // Go's "(int, error)" hands back the int; "error" alone hands back nothing.
  const kept = (returns ?? '').replace(/\berror\b|[(),]/gi, ' ').trim();
  if (kept === '') return false;
  return !/\b(?:bool|boolean|true\s*\/\s*false|logical|void)\b|\b1\s*\/\s*0\b/i.test(kept);
}

const RETURN = stem(en.returnVerb);

/**
 * "返回电池剩余电量的百分比" in a function that hands back a value says what the call returns, the
 * programming sense; CC-CEDICT has only the senses of coming back ("return to; come back; go
 * back"), and FreeDict's "renvoie" is "back, return". Read word by word, those senses meet "go back to
 * your charger" in the battery reading as much as in the docking function. In such a function each
 * word with a "return" sense reads as "returns" alone; a function that only reports success keeps
 * every sense ("自动返回充电桩": it does go back to the charging pile).
 */
export function withReturnSense(senses: ReadonlyMap<string, string[]>): Map<string, string[]> {
  const result = new Map(senses);
  for (const [word, translations] of senses) {
    if (translations.some((translation) => words(translation).map(stem).includes(RETURN))) result.set(word, [`${en.returnVerb}s`]);
  }
  return result;
}
