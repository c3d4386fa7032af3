import { Aedes } from 'aedes';
import { MqttClient } from 'mqtt';
import { InProcessStream } from '../apps/coordinator/src/in-process-stream';

// Usage: node --import tsx bench/local-stream-measure.ts [rounds]
// The CPU and wall time of one QoS 1 message between two MQTT clients of this process through a
// plain aedes broker, every connection an InProcessStream pair (as `meshmind start` connects its
// own clients): the publisher's client, the broker's parse and forward, the subscriber's parse. A
// report-sized JSON payload, one message at a time (the next sent when the last arrived), five
// rounds of 3,000 after 500 to warm up. CPU is the process's (user + system) per message: on a shared
// machine it moves far less with other people's load than the wall time. No auth hooks, no store:
// only the path the stream is on. Run it in two trees alternately to compare them.

const perRound = Number(process.argv[2] ?? 3000);

async function main(): Promise<void> {
  const broker = await Aedes.createBroker();
  const open = () => {
    const [clientEnd, brokerEnd] = InProcessStream.pair();
    broker.handle(brokerEnd as never);
    return clientEnd;
  };
  const connect = (clientId: string) => new MqttClient(() => open() as never, { clientId, protocolVersion: 4, reconnectPeriod: 0 } as never);
  const publisher = connect('publisher');
  const subscriber = connect('subscriber');
  await Promise.all([publisher, subscriber].map((client) => new Promise((resolve) => client.once('connect', resolve))));
  await new Promise((resolve) => subscriber.subscribe('meshmind/v1/devices/+/reports', { qos: 1 }, resolve));
  const payload = JSON.stringify({
    id: '2f1c4f56-1d0e-4a8e-9d6c-6b1f0b0e7a11',
    status: 'ok',
    data: { status: 'done', message: 'Porch lamp: turned on.', calls: [{ function: 'turn_on', arguments: {} }], state: { on: true, brightness: 80 } },
  });
  let arrived: () => void = () => undefined;
  subscriber.on('message', () => arrived());
  const round = async (count: number) => {
    for (let index = 0; index < count; index += 1) {
      const delivered = new Promise<void>((resolve) => (arrived = resolve));
      publisher.publish('meshmind/v1/devices/porch_lamp/reports', payload, { qos: 1 });
      await delivered;
    }
  };
  await round(500);
  const rows: string[] = [];
  for (let index = 0; index < 5; index += 1) {
    const cpuBefore = process.cpuUsage();
    const started = performance.now();
    await round(perRound);
    const cpu = process.cpuUsage(cpuBefore);
    rows.push(`${((cpu.user + cpu.system) / perRound).toFixed(1)} us CPU, ${(((performance.now() - started) * 1000) / perRound).toFixed(1)} us wall`);
  }
  console.log(`per QoS 1 message, ${perRound} a round: ${rows.join(' | ')}`);
  publisher.end(true);
  subscriber.end(true);
  await new Promise<void>((resolve) => broker.close(() => resolve()));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
