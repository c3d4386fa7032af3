import { PassThrough } from 'node:stream';
import type { CliIo } from '@meshmind/cli';

/** A CLI invocation's streams captured in memory, for calling `main()` in process. */
export function captureIo(env: NodeJS.ProcessEnv = {}, untilSignal: Promise<string> = new Promise<string>(() => undefined)): { io: CliIo; stdout: () => string; stderr: () => string } {
  const collect = () => {
    const stream = new PassThrough();
    const chunks: string[] = [];
    stream.on('data', (chunk: Buffer) => chunks.push(chunk.toString('utf8')));
    return { stream, text: () => chunks.join('') };
  };
  const out = collect();
  const error = collect();
  return { io: { stdout: out.stream, stderr: error.stream, env, untilSignal }, stdout: out.text, stderr: error.text };
}
