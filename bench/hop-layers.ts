/**
 * The layer of the stack a CPU profile's sample ran in, for bench/hop-profile.ts: the leaf-most frame
 * of its stack that names a layer decides. Frames of node's own libraries (streams, events, timers,
 * the microtask queue), of typebox (the HTTP body's and the MQTT payloads' checks alike), of pino and
 * V8's natives (a statement's `run`, `JSON.parse`) name none: they count for the caller above them.
 * So SQLite's own `run` under drizzle counts as the store, a stream's `push` under mqtt.js as MQTT,
 * and `writev` under node's http server as HTTP. What no frame of a stack names is "node internals".
 */
export const LAYERS = [
  'HTTP: the server (node http and net, fastify)',
  "HTTP: the bench's client (node http)",
  'HTTP: our routes, access check',
  'MQTT: broker (aedes)',
  'MQTT: clients (mqtt.js, stream)',
  'payloads: protocol parse and check',
  "store: the coordinator's",
  "store: the agent's task records",
  'coordinator: planner and language',
  'coordinator: goals, ledger, steps',
  'agent: device-agent, fsm, xstate',
  'bench: its own frames (stamps, the loop)',
  'garbage collector',
  '(program)',
  'node internals',
] as const;

export type Layer = (typeof LAYERS)[number];

const RULES: Array<[RegExp, Layer]> = [
  [/\/bench\/goal-client\.ts$/, "HTTP: the bench's client (node http)"],
  [/\/bench\//, 'bench: its own frames (stamps, the loop)'],
  [/\/(better-sqlite3|drizzle-orm)\/|\/apps\/coordinator\/src\/store\/|\/libs\/fsm\/src\/(database|task-store|stored-task-ids|experience-cache|call-intent)\.ts/, "store: the coordinator's"],
  [/^node:(_http_|http|net|internal\/http)|\/node_modules\/(fastify|find-my-way|@fastify|secure-json-parse|fast-json-stringify|avvio|fast-querystring|content-type|toad-cache|process-warning|light-my-request)\//, 'HTTP: the server (node http and net, fastify)'],
  [/\/apps\/coordinator\/src\/(http|security)\//, 'HTTP: our routes, access check'],
  [/\/node_modules\/(mqtt|mqtt-packet|aedes|aedes-[^/]+|mqemitter|qlobber|bl|reinterval|number-allocator|help-me|fastparallel|fastfall|fastseries|retimer|hyperid|uuid-parse)\/|in-process-stream\.ts|\/apps\/coordinator\/src\/broker|\/libs\/mqtt\//, 'MQTT: clients (mqtt.js, stream)'],
  [/\/libs\/protocol\//, 'payloads: protocol parse and check'],
  [/\/apps\/coordinator\/src\/planner\/|\/libs\/language\//, 'coordinator: planner and language'],
  [/\/apps\/coordinator\/src\//, 'coordinator: goals, ledger, steps'],
  [/\/apps\/device-agent\/|\/libs\/fsm\/|\/node_modules\/xstate\/|\/libs\/rag\//, 'agent: device-agent, fsm, xstate'],
];

/** The layer of a sample, from its stack leaf first (each frame's function name and script URL). */
export function layerOf(stack: ReadonlyArray<{ functionName: string; url: string }>): Layer {
  const leaf = stack[0];
  if (leaf?.functionName === '(garbage collector)') return 'garbage collector';
  if (leaf?.functionName === '(program)') return '(program)';
  for (const frame of stack) {
    for (const [pattern, layer] of RULES) if (pattern.test(frame.url)) return refined(layer, stack);
  }
  return 'node internals';
}

const CLIENT = /^node:_http_(client|agent)$/;
const AGENT = /\/apps\/device-agent\/|\/libs\/fsm\//;
const BROKER = /\/node_modules\/aedes\/|\/apps\/coordinator\/src\/broker/;

/**
 * A store's statement is the agent's where the agent's code called it; MQTT's work is the broker's
 * where aedes is on the stack; node's http is the bench's client where the client's frames are.
 */
function refined(layer: Layer, stack: ReadonlyArray<{ url: string }>): Layer {
  if (layer === "store: the coordinator's" && stack.some((frame) => AGENT.test(frame.url))) return "store: the agent's task records";
  if (layer === 'HTTP: the server (node http and net, fastify)' && stack.some((frame) => CLIENT.test(frame.url))) return "HTTP: the bench's client (node http)";
  if (layer === 'MQTT: clients (mqtt.js, stream)' && stack.some((frame) => BROKER.test(frame.url))) return 'MQTT: broker (aedes)';
  return layer;
}
