// A preload (`node --import ./bench/memory-probe.mjs ...`, or in NODE_OPTIONS) that lets a bench
// look inside a process it did not write: on SIGUSR2 the process writes what its memory is made of
// to $MESHMIND_MEMORY_PROBE_DIR/<pid>-<n>.json (the n-th signal) (and a heap snapshot beside it when
// $MESHMIND_MEMORY_PROBE_SNAPSHOT=1). Plain JavaScript so that it loads before tsx or a bundle does.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import v8 from 'node:v8';

const directory = process.env.MESHMIND_MEMORY_PROBE_DIR;
const require = createRequire(import.meta.url);

/** Resident kB per kind of mapping, from /proc/self/smaps: what RSS is made of, outside V8's own view. */
function residentByMapping() {
  const totals = {};
  let current = 'anonymous';
  for (const line of readFileSync('/proc/self/smaps', 'utf8').split('\n')) {
    const header = /^[0-9a-f]+-[0-9a-f]+ \S+ \S+ \S+ \S+\s*(.*)$/.exec(line);
    if (header) {
      const path = header[1] ?? '';
      current = path === '' ? 'anonymous' : path.startsWith('[') ? path : path.includes('node_modules') ? `node_modules: ${path.split('node_modules/').at(-1)}` : path;
      continue;
    }
    const rss = /^Rss:\s+(\d+) kB/.exec(line);
    if (rss) totals[current] = (totals[current] ?? 0) + Number(rss[1]);
  }
  return Object.fromEntries(Object.entries(totals).sort((a, b) => b[1] - a[1]).slice(0, 12));
}

/** The largest anonymous mappings one by one (size and resident kB): a heap, an arena, a WebAssembly memory. */
function largestAnonymousMappings() {
  const mappings = [];
  let current = null;
  for (const line of readFileSync('/proc/self/smaps', 'utf8').split('\n')) {
    const header = /^([0-9a-f]+)-([0-9a-f]+) (\S+) \S+ \S+ \S+\s*(.*)$/.exec(line);
    if (header) {
      current = header[4] === '' ? { range: `${header[1]}-${header[2]}`, permissions: header[3], sizeKb: 0, rssKb: 0 } : null;
      if (current) mappings.push(current);
      continue;
    }
    if (!current) continue;
    const size = /^Size:\s+(\d+) kB/.exec(line);
    if (size) current.sizeKb = Number(size[1]);
    const rss = /^Rss:\s+(\d+) kB/.exec(line);
    if (rss) current.rssKb = Number(rss[1]);
  }
  return mappings.sort((a, b) => b.rssKb - a.rssKb).slice(0, 10);
}

let probes = 0;
// V8 flags to try on a process that cannot take them on its command line (NODE_OPTIONS refuses most).
if (process.env.MESHMIND_MEMORY_PROBE_V8_FLAGS) v8.setFlagsFromString(process.env.MESHMIND_MEMORY_PROBE_V8_FLAGS);

if (directory) {
  process.on('SIGUSR2', () => {
    probes += 1;
    const before = process.memoryUsage();
    // A full collection first when exposed, so garbage is not counted as what the process holds.
    globalThis.gc?.();
    const report = {
      pid: process.pid,
      argv: process.argv.slice(1),
      beforeGc: before,
      memory: process.memoryUsage(),
      heapSpaces: Object.fromEntries(v8.getHeapSpaceStatistics().map((space) => [space.space_name, { used: space.space_used_size, committed: space.physical_space_size }])),
      commonJsModules: Object.keys(require.cache).length,
      residentKbByMapping: residentByMapping(),
      largestAnonymousMappings: largestAnonymousMappings(),
    };
    // One file per signal, numbered: a bench may look at a process more than once.
    writeFileSync(join(directory, `${process.pid}-${probes}.json`), `${JSON.stringify(report, null, 1)}\n`);
    if (process.env.MESHMIND_MEMORY_PROBE_SNAPSHOT === '1') v8.writeHeapSnapshot(join(directory, `${process.pid}-${probes}.heapsnapshot`));
  });
}
