import { parseArgs } from 'node:util';
import { checkModel, formatModelReport, loadEngineConfig } from '@meshmind/inference';
import type { CliCommand } from '../command';
import { ENGINE_FLAGS, engineOverridesFrom } from './inference';

const USAGE = `meshmind models check [--model FILE | --endpoint URL] [--threads N] [--context-size N] [--config FILE] [--json]
  Loads the model (or asks the endpoint) and prints what it is: size, context, chat template,
  a short sample; or the coded reason it cannot be used. Exit code 1 when it cannot.`;

export const modelsCommand: CliCommand = {
  name: 'models',
  usage: USAGE,
  async run(argv, io) {
    const [subcommand, ...rest] = argv;
    if (subcommand !== 'check') {
      io.stderr.write(`usage: ${USAGE}\n`);
      return 2;
    }
    const { values } = parseArgs({ args: rest, options: { ...ENGINE_FLAGS, json: { type: 'boolean' } }, strict: true });
    const config = await loadEngineConfig({ ...(values.config ? { file: values.config } : {}), env: io.env, overrides: engineOverridesFrom(values) });
    const report = await checkModel(config);
    io.stdout.write(values.json ? `${JSON.stringify(report, null, 2)}\n` : formatModelReport(report));
    return report.ok ? 0 : 1;
  },
};
