/**
 * What one more retrieval mapper costs in one process, in V8 heap and resident memory after a full
 * GC: 1 mapper, then N mappers over the bench's documents (every device type and every robot
 * dialect, as bench:rag hosts them), sharing one embedder, lexicon and index cache. The mappers'
 * readings of their document (mapper/mapper-readings.ts) are what this isolates: the index is
 * shared either way.
 * Run: node --expose-gc --import tsx bench/mapper-readings-measure.ts [N, default 200]
 */
import { getDeviceDescription, listDeviceTypes, ROBOT_DIALECTS } from '@meshmind/devices';
import { createApiMapper, createEmbedderPool, createMapperIndexCache, openLexicon, type ApiMapper } from '@meshmind/rag';

const count = Number(process.argv[2] ?? 200);
if (!Number.isInteger(count) || count < 2) throw new Error('E_INVALID_ARGUMENT: N must be an integer of at least 2');
if (!global.gc) throw new Error('E_INVALID_ARGUMENT: run with node --expose-gc');

function memoryMb(): { heap: number; rss: number } {
  global.gc!();
  const usage = process.memoryUsage();
  return { heap: usage.heapUsed / 2 ** 20, rss: usage.rss / 2 ** 20 };
}

const pool = createEmbedderPool();
const embedder = await pool.get({ kind: 'use-lite' });
const lexicon = openLexicon();
const documents = [...listDeviceTypes().map((type) => getDeviceDescription(type)), ...ROBOT_DIALECTS.map((dialect) => dialect.document)];
const indexCache = createMapperIndexCache();
const mappers: ApiMapper[] = [];
// Every document's index first, so that what follows is the agents alone.
for (const document of documents) mappers.push(await createApiMapper({ embedder, lexicon, indexCache, document }));
await mappers[0]!.map('turn it on');
const first = memoryMb();
const before = mappers.length;
while (mappers.length < before + count) mappers.push(await createApiMapper({ embedder, lexicon, indexCache, document: documents[mappers.length % documents.length] }));
const after = memoryMb();
console.log(
  `${count} more mappers over ${documents.length} documents: heap ${first.heap.toFixed(1)} -> ${after.heap.toFixed(1)} MB (${((after.heap - first.heap) / count * 1024).toFixed(1)} kB each), ` +
    `RSS ${first.rss.toFixed(0)} -> ${after.rss.toFixed(0)} MB (${((after.rss - first.rss) / count * 1024).toFixed(1)} kB each)`,
);
