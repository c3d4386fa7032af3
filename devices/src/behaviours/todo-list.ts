import { MeshmindError } from '@meshmind/protocol';
import type { BehaviourContext, DeviceBehaviour } from './behaviour';

function normalise(item: string): string {
  return item.trim().toLowerCase();
}

function indexOfItem(list: string[], item: string): number {
  return list.findIndex((candidate) => normalise(candidate) === normalise(item));
}

function listOf(context: BehaviourContext, key: 'items' | 'completed'): string[] {
  return context.state[key] as string[];
}

function noSuchItem(context: BehaviourContext, item: string): never {
  const open = listOf(context, 'items');
  const onList = open.length > 0 ? `the list holds: ${open.join(', ')}` : 'the list is empty';
  throw new MeshmindError('E_INVALID_ARGUMENT', `no item ${JSON.stringify(item)} on the list; ${onList}`);
}

/** Items match case-insensitively, so "Milk" ticks off "milk" as a person would expect. */
export const todoListBehaviour: DeviceBehaviour = {
  defaults: { items: [], completed: [] },
  actions: {
    add_item: (context) => {
      const item = (context.args.item as string).trim();
      // Adding what is already on the list is a no-op, as in shared shopping-list apps.
      if (indexOfItem(listOf(context, 'items'), item) === -1) listOf(context, 'items').push(item);
    },
    complete_item: (context) => {
      const item = context.args.item as string;
      const items = listOf(context, 'items');
      const index = indexOfItem(items, item);
      if (index === -1) noSuchItem(context, item);
      const [completed] = items.splice(index, 1);
      listOf(context, 'completed').push(completed ?? item);
    },
    remove_item: (context) => {
      const item = context.args.item as string;
      for (const key of ['items', 'completed'] as const) {
        const list = listOf(context, key);
        const index = indexOfItem(list, item);
        if (index !== -1) {
          list.splice(index, 1);
          return;
        }
      }
      noSuchItem(context, item);
    },
  },
  queryKeys: { list_items: 'items' },
};
