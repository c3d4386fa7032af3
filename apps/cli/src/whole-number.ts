import { MeshmindError } from '@meshmind/protocol';

/** A flag's value as a whole number; undefined when the flag was not given. */
export function wholeNumber(flag: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value)) throw new MeshmindError('E_CONFIG_INVALID', `--${flag} needs a whole number, got ${JSON.stringify(value)}`);
  return Number(value);
}
