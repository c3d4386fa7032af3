import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The real tiny model, found beside the repository (../shared/models) or through MESHMIND_TEST_MODEL. */
const repositoryRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const TEST_MODEL_PATH = process.env.MESHMIND_TEST_MODEL ?? resolve(repositoryRoot, '../shared/models/stories260K.gguf');
export const HAS_TEST_MODEL = existsSync(TEST_MODEL_PATH);
if (!HAS_TEST_MODEL) {
  console.warn(`skipping model tests: ${TEST_MODEL_PATH} is absent (set MESHMIND_TEST_MODEL to a copy of stories260K.gguf)`);
}
