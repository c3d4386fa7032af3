import { enMapping, fillTemplate } from '@meshmind/language';
import type { DeviceDescription, SubtaskResult } from '@meshmind/protocol';
import { describeCall } from './describe-call';
import { describeAlready } from './describe-already';
import { describeConfirmation } from './describe-confirmation';
import { ownStateWord } from './state-words';
import { namesChangeUnderWay } from './under-way';

const SAY = enMapping.answers;

/**
 * The result in the person's words, with this device's name: "Kitchen light: turned on." Notes
 * (a call found already done after a restart) follow the sentences made from the calls.
 */
export function sayResult(name: string, description: DeviceDescription, result: SubtaskResult, notes: readonly string[], alreadyCalls: readonly number[]): string {
  const functions = new Map(description.functions.map((fn) => [fn.name, fn]));
  if (result.outcome === 'needs_confirmation') {
    // The person is asked in words what will happen ("open the Driveway gate"), not the function's identifier.
    const sensitive = result.calls.filter((call) => functions.get(call.function)?.sensitive === true);
    const actions = (sensitive.length > 0 ? sensitive : result.calls).map((call) => describeConfirmation(name, functions.get(call.function), call.function, call.arguments, [description.type.replace(/_/g, ' '), ...description.nouns]));
    if (actions.length > 0) return fillTemplate(SAY.confirmation.needed, { device: name, actions: [...new Set(actions)].join(SAY.confirmation.joinActions) });
  }
  if (result.outcome !== 'done' || result.calls.length === 0) return `${name}: ${result.message}`;
  const nouns = [description.type, ...description.nouns];
  const sentences = result.calls.map((call, index) => {
    const fn = functions.get(call.function);
    // Not sent: the device already was as asked ("lock" on a locked door).
    if (fn && alreadyCalls.includes(index)) return describeAlready(name, fn, description, result.state ?? {}, call.arguments);
    // The call was met by a state it also accepts ("pause" on a stopped player): say that state, not "paused".
    // A state still on its way ("returning" to the dock) was started by the call: that is said as done.
    const met = fn?.effects?.find((effect) => effect.value !== undefined && result.state?.[effect.key] !== effect.value && (effect.alsoAccepted ?? []).includes(result.state?.[effect.key]) && !namesChangeUnderWay(result.state?.[effect.key]));
    if (met) return fillTemplate(SAY.metByState, { device: name, setting: met.key.replace(/_/g, ' '), value: String(result.state![met.key]), action: call.function.replace(/_/g, ' ') });
    // A leak sensor's false is "dry": the state's own word for the reading, where it names one.
    const own = fn?.kind === 'query' ? ownStateWord(call.result, result.state) : undefined;
    if (own) return fillTemplate(SAY.call.ownState, { device: name, state: own });
    return fn ? describeCall(name, fn, call.arguments, call.result, nouns) : `${name}: ${call.function} done.`;
  });
  return [...new Set(sentences), ...notes].join(' ');
}
