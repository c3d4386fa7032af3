/**
 * The flags and usage text of the commands that run a scenario or host agents, apart from the code
 * that acts on them (scenario-options.ts, brain-options.ts): a command module that imports only
 * these loads none of the scenario reader's or the engines' modules before it runs, so `meshmind run`
 * can start its sentence model first (commands/run.ts).
 */

/** Flags of the commands that run a scenario: which file, and the fleet size of a warehouse. */
export const SCENARIO_OPTIONS = {
  scenario: { type: 'string' },
  robots: { type: 'string' },
} as const;

export const SCENARIO_USAGE = `  --scenario   scenario YAML: a home, a warehouse or a network (default: examples/home.yaml)
  --robots     a warehouse's fleet size instead of the file's (the grid and default docks follow)`;

/** Flags shared by the commands that host agents: which engine writes their programs. */
export const BRAIN_OPTIONS = {
  engine: { type: 'string' },
  model: { type: 'string' },
  endpoint: { type: 'string' },
  'inference-config': { type: 'string' },
  'planner-model': { type: 'string' },
  'planner-endpoint': { type: 'string' },
} as const;

export const BRAIN_USAGE = `  --engine     builtin (default, no weights) | llama (a GGUF in this process) | openai (a server)
  --model      GGUF file (llama) or model name (openai); or $MESHMIND_INFERENCE_MODEL
  --endpoint   OpenAI-compatible server, http(s)://HOST:PORT/v1 or unix:/path.sock (our \`meshmind inference serve\`)
  --inference-config  JSON file with the engine settings (threads, contextSize, ...)
  --planner-model     a GGUF for the coordinator's planner (or $MESHMIND_PLANNER_MODEL); default the built-in planner
  --planner-endpoint  an OpenAI-compatible server for the planner (or $MESHMIND_PLANNER_ENDPOINT), e.g. a cloud model`;
