import { beforeAll, describe, expect, it } from 'vitest';
import { getDeviceDescription } from '@meshmind/devices';
import { createApiMapper, createEmbedderPool, openLexicon, type ApiMapper } from '@meshmind/rag';
import { doneStateRequest } from '../src/mapper/item-state';
import { itemValue } from '../src/arguments/string-values';

describe('doneStateRequest: an item said to be in a done state is to be completed', () => {
  it.each([
    ['Mark sweep the yard as done.', 'complete as done'],
    ['mark the oat milk as bought', 'complete as bought'],
    ['Mark service the mower as finished, thanks.', 'complete as finished'],
    ['Sweep the yard is done now.', 'complete as done'],
    ['The batteries are bought!', 'complete as bought'],
  ])('"%s" reads as "%s"', (step, expected) => {
    expect(doneStateRequest(step)).toBe(expected);
  });

  it.each(['Is the yard sweeping done?', 'Add sweep the yard to the list.', 'Done.', 'Turn the lights on.'])('leaves "%s" as it is', (step) => {
    expect(doneStateRequest(step)).toBeNull();
  });

  it('keeps a verb-phrase item whole where its state follows it', () => {
    expect(itemValue('Sweep the yard is done.')).toBe('Sweep the yard');
    expect(itemValue('The oat milk is bought, thanks')).toBe('oat milk');
    expect(itemValue('Mark service the mower as finished')).toBe('service the mower');
  });
});

describe('a list device completes an item said to be done, whatever the item says', () => {
  let mapper: ApiMapper;
  beforeAll(async () => {
    const embedder = await createEmbedderPool().get({ kind: 'use-lite' });
    mapper = await createApiMapper({ embedder, lexicon: openLexicon(), document: getDeviceDescription('todo_list')! });
  });

  it.each([
    ['Mark repair the shed roof as done.', 'repair the shed roof'],
    ['Mark buy stamps as done.', 'buy stamps'],
    ['Mark the oat milk as bought.', 'oat milk'],
    ['Mark add oil to the mower as finished.', 'add oil to the mower'],
    ['Clear the drains is done.', 'Clear the drains'],
  ])('"%s" completes "%s" and adds nothing', async (step, item) => {
    const result = await mapper.map(step);
    expect(result.kind).toBe('call');
    if (result.kind !== 'call') return;
    expect(result.calls.map((call) => call.function)).toEqual(['complete_item']);
    expect(result.calls[0]!.arguments).toEqual({ item });
  });

  it('still adds a verb-phrase item asked to be added', async () => {
    const result = await mapper.map('Add repair the shed roof to the jobs list.');
    expect(result.kind === 'call' && result.calls.map((call) => call.function)).toEqual(['add_item']);
  });
});
