import { pino, type Logger } from 'pino';

/** The one structured logger of a meshmind process, on stderr so that stdout stays for results. */
export function createLogger(env: NodeJS.ProcessEnv, defaultLevel: string): Logger {
  return pino({ level: env.MESHMIND_LOG_LEVEL ?? defaultLevel, base: { app: 'meshmind' } }, pino.destination({ fd: 2, sync: true }));
}
