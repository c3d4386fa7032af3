import type { ApiFunctionSpec, GenerationRequest, ParameterSpec } from '@meshmind/protocol';
import type { ChatMessage } from './engine';

/**
 * The code-generation prompt for small on-device models: short, concrete, one worked example.
 * The output format itself is enforced by the JSON-schema constraint, so the prompt only has to
 * make the right choice likely, not describe the syntax exhaustively.
 */
const SYSTEM_PROMPT = [
  'You control one device by writing a small program as JSON.',
  'A program is {"steps": [...], "returns"?: "variable"}. Steps:',
  '- {"op":"call","function":NAME,"args":{...},"saveAs"?:VARIABLE} calls one of the listed functions;',
  '- {"op":"wait","seconds":N} pauses;',
  '- {"op":"if","condition":{"left":OPERAND,"operator":"==|!=|<|<=|>|>=","right":OPERAND},"then":[...],"else"?:[...]};',
  '- {"op":"repeat","times":N,"steps":[...]}.',
  'An OPERAND is {"state":KEY}, {"variable":NAME} or {"value":V}.',
  'Use only the listed functions, with arguments inside their ranges. Do exactly what the task asks, nothing more.',
  'For a question, call the query function with "saveAs" and name that variable in "returns".',
  'Example task "dim the lamp to 30% for 10 minutes, then turn it back up":',
  '{"steps":[{"op":"call","function":"set_brightness","args":{"level":30}},{"op":"wait","seconds":600},{"op":"call","function":"set_brightness","args":{"level":100}}]}',
].join('\n');

function describeParameter(parameter: ParameterSpec): string {
  const type = parameter.type === 'enum' ? (parameter.values ?? []).map((value) => JSON.stringify(value)).join('|') : parameter.type;
  const range =
    parameter.minimum !== undefined || parameter.maximum !== undefined ? ` ${parameter.minimum ?? ''}..${parameter.maximum ?? ''}` : '';
  const unit = parameter.unit ? ` ${parameter.unit}` : '';
  const optional = parameter.required === false ? '?' : '';
  return `${parameter.name}${optional}: ${type}${range}${unit}`;
}

export function describeFunction(fn: ApiFunctionSpec): string {
  const returns = fn.returns ? ` -> ${fn.returns.type}${fn.returns.unit ? ` ${fn.returns.unit}` : ''}` : '';
  return `${fn.name}(${fn.parameters.map(describeParameter).join(', ')})${returns}: ${fn.description}`;
}

export function buildProgramMessages(request: GenerationRequest, topK: number): ChatMessage[] {
  const functions = request.functions.slice(0, topK).map((fn) => `- ${describeFunction(fn)}`);
  const lines = [
    `Functions:\n${functions.join('\n')}`,
    `Device state: ${JSON.stringify(request.state)}`,
    `Task: ${request.subtask.text}`,
  ];
  const attempts = request.previousAttempts;
  if (attempts.length > 0) {
    const feedback = attempts.slice(-2).map((attempt) => {
      const shown = attempt.program ? JSON.stringify(attempt.program) : (attempt.source ?? '(no program)').slice(0, 400);
      return `- ${shown}\n  failed: ${attempt.error.code} ${attempt.error.message}`;
    });
    lines.push(`Earlier attempts that failed; do not repeat them:\n${feedback.join('\n')}`);
  }
  lines.push('Program:');
  return [
    { role: 'system', content: SYSTEM_PROMPT },
    { role: 'user', content: lines.join('\n\n') },
  ];
}
