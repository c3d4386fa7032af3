// Usage: node --import tsx bench/mqtt-hops.ts [GOALS]
// The two MQTT hops of bench:latency's one-device goal on the in-process stack, each cut where its
// bytes pass the in-memory streams (apps/coordinator/src/in-process-stream.ts): the sender's write,
// the broker's read, the sender's read of its PUBACK (only while the forward has not gone out yet:
// n says how often the PUBACK came first), the broker's forward, the receiver's read. Wall time and
// the process's CPU between the cuts, p50 over GOALS goals (default 200) after 20 of warm-up.
// To compare trees, copy this file into the other tree's bench/ and run it there in turn.
import { InProcessStream } from '../apps/coordinator/src/in-process-stream';
import { startExampleHomeStack } from './example-home-stack';
import { GoalClient } from './goal-client';
const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
// A subtask names its reports topic too (MQTT 5's response topic): the topic that comes first decides.
const hopOf = (chunk: Buffer): string | null => { const s = chunk.indexOf('/subtasks'); const r = chunk.indexOf('/reports'); if (s >= 0 && (r < 0 || s < r)) return '/subtasks'; return r >= 0 ? '/reports' : null; };
const marks = new Map<string, { at: number; cpu: number }>();
const gaps = new Map<string, Array<{ wall: number; cpu: number }>>();
const origPair = InProcessStream.pair.bind(InProcessStream);
InProcessStream.pair = () => {
  const [c, b] = origPair();
  for (const end of [c, b]) {
    const side = end === c ? 'client' : 'broker';
    const origWrite = end._write.bind(end); const origWritev = end._writev!.bind(end);
    const check = (chunks: Buffer[]) => { const t = hopOf(Buffer.concat(chunks)); if (t) marks.set(`${side}-write${t}`, { at: performance.now(), cpu: cpu() }); };
    end._write = (chunk: Buffer, e: BufferEncoding, cb: () => void) => { check([chunk]); origWrite(chunk, e, cb); };
    end._writev = (chunks: Array<{ chunk: Buffer }>, cb: () => void) => { check(chunks.map((x) => x.chunk)); origWritev(chunks, cb); };
    const origPush = end.push.bind(end);
    end.push = (chunk: Buffer | null) => {
      if (chunk && chunk[0] === 0x40 && side === 'client') for (const t of ['/subtasks', '/reports']) { const m = marks.get(`broker-read${t}`); if (m && !marks.has(`puback${t}`)) { const k = `broker reads ${t} -> sender reads puback`; const a = gaps.get(k) ?? []; a.push({ wall: performance.now() - m.at, cpu: cpu() - m.cpu }); gaps.set(k, a); marks.set(`puback${t}`, { at: performance.now(), cpu: cpu() }); setImmediate(() => { const m2 = marks.get(`puback${t}`); if (!m2) return; const k2 = `sender reads puback ${t} -> the next turn`; const a2 = gaps.get(k2) ?? []; a2.push({ wall: performance.now() - m2.at, cpu: cpu() - m2.cpu }); gaps.set(k2, a2); }); } }
      const hop = chunk ? hopOf(chunk) : null;
      for (const t of hop ? [hop] : []) {
        const from = side === 'broker' ? `client-write${t}` : `broker-write${t}`;
        const m = marks.get(from);
        if (m) { const k = `${from} -> ${side} reads`; const a = gaps.get(k) ?? []; a.push({ wall: performance.now() - m.at, cpu: cpu() - m.cpu }); gaps.set(k, a); marks.delete(from); }
        if (side === 'broker') marks.set(`broker-read${t}`, { at: performance.now(), cpu: cpu() });
      }
      return origPush(chunk);
    };
    if (end === b) {
      const w = end._writev!.bind(end);
      end._writev = (chunks: Array<{ chunk: Buffer }>, cb: () => void) => { for (const t of [hopOf(Buffer.concat(chunks.map((x) => x.chunk)))]) if (t) { const m = marks.get(`broker-read${t}`); if (m) { const k = `broker reads ${t} -> broker forwards`; const a = gaps.get(k) ?? []; a.push({ wall: performance.now() - m.at, cpu: cpu() - m.cpu }); gaps.set(k, a); marks.delete(`broker-read${t}`); marks.delete(`puback${t}`);} } w(chunks, cb); };
      const w1 = end._write.bind(end);
      end._write = (chunk: Buffer, e: BufferEncoding, cb: () => void) => { for (const t of [hopOf(chunk)]) if (t) { const m = marks.get(`broker-read${t}`); if (m) { const k = `broker reads ${t} -> broker forwards`; const a = gaps.get(k) ?? []; a.push({ wall: performance.now() - m.at, cpu: cpu() - m.cpu }); gaps.set(k, a); marks.delete(`broker-read${t}`); marks.delete(`puback${t}`);} } w1(chunk, e, cb); };
    }
  }
  return [c, b];
};
const home = await startExampleHomeStack('mqtt-hops');
const client = new GoalClient(home.goalsUrl, home.token, 1);
const goals = ['turn on the kitchen light', 'turn off the kitchen light'];
for (let i = 0; i < 20; i++) await client.post(goals[i % 2]!);
gaps.clear();
for (let i = 0; i < Number(process.argv[2] ?? 200); i++) await client.post(goals[i % 2]!);
await home.stop();
const med = (v: number[]) => [...v].sort((a, b) => a - b)[Math.floor(v.length / 2)]!;
for (const [k, a] of gaps) console.log(`${k}: n=${a.length} wall p50 ${med(a.map((g) => g.wall)).toFixed(3)} cpu p50 ${med(a.map((g) => g.cpu)).toFixed(3)}`);
process.exit(0);
