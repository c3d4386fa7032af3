// Where one agent's memory goes: resident memory after each step of loading one light's retrieval.
// Run by `npm run bench:rag` (node --expose-gc --import tsx bench/agent-load-steps.ts [--board
// ENDPOINT TOKEN]); only dynamic imports, so the first figure is node with tsx alone. With --board,
// the sentence model is the board server's (`meshmind inference serve`), not loaded here.
export {};

function residentMb(): number {
  global.gc?.();
  return Math.round(process.memoryUsage().rss / 2 ** 20);
}

const steps: Array<[string, number]> = [['node with tsx', residentMb()]];
const rag = await import('@meshmind/rag');
const catalog = await import('@meshmind/devices');
await import('@meshmind/device-agent');
steps.push(['+ modules an agent imports (rag, devices, device-agent)', residentMb()]);
const boardFlag = process.argv.indexOf('--board');
const pool = rag.createEmbedderPool();
const board = boardFlag >= 0 ? { kind: 'board' as const, endpoint: process.argv[boardFlag + 1]!, token: process.argv[boardFlag + 2]! } : undefined;
const embedder = await pool.get(board ?? { kind: 'use-lite' }, { onFallback: () => console.error('the board server cannot be reached: the model loads here') });
if (board) await pool.ready(board);
steps.push([board ? "+ the board server's USE-lite answering (no TF.js here)" : '+ USE-lite loaded (TF.js, WebAssembly backend)', residentMb()]);
const lexicon = rag.openLexicon();
const mapper = await rag.createApiMapper({ embedder, lexicon, document: catalog.getDeviceDescription('light') });
steps.push(['+ light index built (its functions embedded), WordNet read', residentMb()]);
await mapper.map('turn on the light');
steps.push(['+ first subtask mapped', residentMb()]);
console.log(JSON.stringify(steps));
