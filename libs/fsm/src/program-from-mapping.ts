import type { DeviceDescription, Program, ProgramStep } from '@meshmind/protocol';
import type { CallMapping } from './types';

/**
 * The simplest generator there is: the mapped calls, in order, as a Program; query results are
 * saved and the last one is returned. Deterministic, so it serves as a fallback when no engine is
 * wired and as the stand-in engine of tests and the bench. It never invents conditions or loops.
 */
export function programFromMapping(mapping: CallMapping, description: DeviceDescription): Program {
  let returns: string | undefined;
  const steps = mapping.calls.map((call, index): ProgramStep => {
    const fn = description.functions.find((candidate) => candidate.name === call.function);
    if (fn?.kind !== 'query') return { op: 'call', function: call.function, args: { ...call.arguments } };
    returns = `reading${index + 1}`;
    return { op: 'call', function: call.function, args: { ...call.arguments }, saveAs: returns };
  });
  return returns === undefined ? { steps } : { steps, returns };
}
