// Usage: node --import tsx bench/goal-packets.ts [GOALS] [--list] [--payloads] [--with-state]
// Every MQTT packet of bench:latency's one-device goal, in both directions, counted on the in-memory
// streams between the broker and the clients of this process (the coordinator and its 32 agents):
// type, QoS, topic, payload size and which client's end it went through, per goal, median over GOALS
// goals (default 100) after 20 of warm-up. A packet the broker forwards to N subscribers is N
// packets out. --list prints the packets of the last goal in order (--with-state: also of each goal
// that carried a device state message); --payloads prints each payload above its packet.
// To compare trees, copy this file into the other tree's bench/ and run it there in turn.
import { parser as packetParser, type Packet } from 'mqtt-packet';
import { InProcessStream } from '../apps/coordinator/src/in-process-stream';
import { startExampleHomeStack } from './example-home-stack';
import { GoalClient } from './goal-client';

const goalCount = Number(process.argv.find((arg) => /^\d+$/.test(arg)) ?? 100);
const list = process.argv.includes('--list');
const payloads = process.argv.includes('--payloads');
const withState = process.argv.includes('--with-state');

let on = false;
const order: string[] = [];
const brokerEnds = new WeakSet<object>();
const parsers = new WeakMap<object, ReturnType<typeof packetParser>>();
const names = new WeakMap<object, { id: string }>();
const originalPair = InProcessStream.pair.bind(InProcessStream);
InProcessStream.pair = () => {
  const [clientEnd, brokerEnd] = originalPair();
  brokerEnds.add(brokerEnd);
  const name = { id: '?' };
  for (const end of [clientEnd, brokerEnd]) {
    names.set(end, name);
    const fromBroker = end === brokerEnd;
    const parser = packetParser({ protocolVersion: 4 });
    parser.on('packet', (packet: Packet) => {
      if (packet.cmd === 'connect') name.id = packet.clientId;
      if (!on) return;
      const topic = 'topic' in packet && typeof packet.topic === 'string' ? packet.topic : '';
      const bytes = 'payload' in packet && packet.payload ? Buffer.byteLength(packet.payload as Buffer) : 0;
      const qos = packet.cmd === 'publish' ? `q${packet.qos}` : '';
      const retain = 'retain' in packet && packet.retain ? ' retain' : '';
      if (on && payloads && 'payload' in packet && packet.payload) order.push(`    ${String(packet.payload)}`);
      order.push(`${fromBroker ? 'broker -> ' : ''}${name.id}${fromBroker ? '' : ' -> broker'}  ${packet.cmd} ${qos}${retain} ${topic} ${bytes ? `${bytes} B` : ''}`.replace(/\s+$/, ''));
    });
    parsers.set(end, parser);
  }
  return [clientEnd, brokerEnd];
};
for (const method of ['_write', '_writev'] as const) {
  const original = InProcessStream.prototype[method] as (...args: unknown[]) => void;
  (InProcessStream.prototype as unknown as Record<string, unknown>)[method] = function (this: InProcessStream, ...args: unknown[]) {
    const parser = parsers.get(this);
    if (parser) {
      const chunks = method === '_write' ? [args[0] as Buffer] : (args[0] as Array<{ chunk: Buffer }>).map((entry) => entry.chunk);
      for (const chunk of chunks) parser.parse(chunk);
    }
    return original.apply(this, args);
  };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const home = await startExampleHomeStack('goal-packets');
const client = new GoalClient(home.goalsUrl, home.token, 1);
const goals = ['turn on the kitchen light', 'turn off the kitchen light'];
for (let index = 0; index < 20; index += 1) await client.post(goals[index % 2]!);
await new Promise((resolve) => setTimeout(resolve, 200));
const perGoal: number[] = [];
const byKind = new Map<string, number>();
for (let index = 0; index < goalCount; index += 1) {
  order.length = 0;
  on = true;
  const response = await client.post(goals[index % 2]!);
  // What the goal sets off after its answer (retained state, late progress) counts with it.
  await new Promise((resolve) => setTimeout(resolve, 30));
  on = false;
  if (response.status !== 200) throw new Error(`goal answered ${response.status}`);
  perGoal.push(order.filter((line) => !line.startsWith('    ')).length);
  for (const line of order) {
    if (line.startsWith('    ')) continue;
    const kind = line.replace(/\d+ B$/, '').replace(/\/[0-9a-f-]{36}/g, '/<id>');
    byKind.set(kind, (byKind.get(kind) ?? 0) + 1);
  }
  if (list && (index === goalCount - 1 || (withState && order.some((line) => line.includes('/state '))))) for (const line of order) console.log(`  ${line}`);
}
await home.stop();
console.log(`packets per goal: median ${median(perGoal)} (min ${Math.min(...perGoal)}, max ${Math.max(...perGoal)})`);
for (const [kind, count] of [...byKind].sort((a, b) => b[1] - a[1])) console.log(`  ${(count / goalCount).toFixed(2)}/goal  ${kind}`);
process.exit(0);
