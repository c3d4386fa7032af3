// Where one agent's memory goes: resident memory after each step of loading one light's retrieval.
// Run by `npm run bench:rag` (node --expose-gc --import tsx bench/agent-load-steps.ts); only dynamic
// imports, so the first figure is node with tsx alone.
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
const embedder = await rag.createEmbedderPool().get({ kind: 'use-lite' });
steps.push(['+ USE-lite loaded (TF.js, WebAssembly backend)', residentMb()]);
const lexicon = rag.openLexicon();
const mapper = await rag.createApiMapper({ embedder, lexicon, document: catalog.getDeviceDescription('light') });
steps.push(['+ light index built (its functions embedded), WordNet read', residentMb()]);
await mapper.map('turn on the light');
steps.push(['+ first subtask mapped', residentMb()]);
console.log(JSON.stringify(steps));
