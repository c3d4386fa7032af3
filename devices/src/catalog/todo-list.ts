import type { DeviceDescription } from '@meshmind/protocol';

export const todoListDescription: DeviceDescription = {
  type: 'todo_list',
  title: 'To-do or shopping list',
  description: 'A shared list of items, such as a shopping list or household chores, that items are added to and ticked off.',
  domain: 'home',
  version: '1.0.0',
  nouns: ['list', 'shopping list', 'grocery list', 'to-do list', 'todo list', 'todo', 'checklist', 'chores'],
  state: {
    items: { type: 'string_list', description: 'Items still to do or buy, oldest first.' },
    completed: { type: 'string_list', description: 'Items already ticked off, most recent last.' },
  },
  functions: [
    {
      name: 'add_item',
      description: 'Adds an item to the end of the list.',
      kind: 'action',
      parameters: [{ name: 'item', type: 'string', description: "The item to add, e.g. 'milk' or 'call the plumber'." }],
      effects: [{ key: 'items', includes: 'item' }],
    },
    {
      name: 'complete_item',
      description: 'Ticks an item off the list and moves it to the completed items.',
      kind: 'action',
      parameters: [{ name: 'item', type: 'string', description: 'The item to tick off, as written on the list.' }],
    },
    {
      name: 'remove_item',
      description: 'Deletes an item from the list without ticking it off.',
      kind: 'action',
      parameters: [{ name: 'item', type: 'string', description: 'The item to delete, as written on the list.' }],
    },
    {
      name: 'list_items',
      description: 'Reads the items that are still on the list.',
      kind: 'query',
      parameters: [],
      returns: { type: 'string_list', description: 'Open items, oldest first.' },
    },
  ],
};
