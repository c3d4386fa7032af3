import { isMeshmindError } from '@meshmind/protocol';

/** What a promise ended with: 'resolved', or the code of the MeshmindError it rejected with. */
export async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return 'resolved';
  } catch (error) {
    return isMeshmindError(error) ? error.code : `uncoded: ${String(error)}`;
  }
}
