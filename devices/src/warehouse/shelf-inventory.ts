import { MeshmindError } from '@meshmind/protocol';
import type { SeededRandom } from './seeded-random';

const PRODUCTS = [
  'cardboard boxes',
  'nitrile gloves',
  'steel bolts',
  'packing tape',
  'paper towels',
  'bottled water',
  'led bulbs',
  'cable ties',
  'printer paper',
  'safety helmets',
  'pallet wrap',
  'wood screws',
];

/**
 * What lies on every shelf: one flat array of slots (item label or null) so a thousand shelves of
 * eight slots cost one small array, not a thousand objects. This is the ground truth that vacancy
 * reports are checked against.
 */
export class ShelfInventory {
  readonly shelfCount: number;
  readonly slotsPerShelf: number;
  readonly #slots: Array<string | null>;

  constructor(shelfCount: number, slotsPerShelf: number, vacancyRate: number, random: SeededRandom) {
    this.shelfCount = shelfCount;
    this.slotsPerShelf = slotsPerShelf;
    this.#slots = Array.from({ length: shelfCount * slotsPerShelf }, () => {
      if (random.next() < vacancyRate) return null;
      const sku = String(10000 + random.integer(90000));
      return `SKU-${sku} ${random.pick(PRODUCTS)}`;
    });
  }

  /** Slot numbers (1-based) with nothing in them. */
  vacantSlots(shelf: number): number[] {
    const offset = this.#offset(shelf);
    const vacant: number[] = [];
    for (let slot = 0; slot < this.slotsPerShelf; slot += 1) if (this.#slots[offset + slot] === null) vacant.push(slot + 1);
    return vacant;
  }

  /** Labels of the items on the shelf, in slot order. */
  items(shelf: number): string[] {
    const offset = this.#offset(shelf);
    return this.#slots.slice(offset, offset + this.slotsPerShelf).filter((item): item is string => item !== null);
  }

  /** Every slot of the shelf: the item label, or null when vacant. */
  slots(shelf: number): Array<string | null> {
    const offset = this.#offset(shelf);
    return this.#slots.slice(offset, offset + this.slotsPerShelf);
  }

  /** Puts an item in a slot (or empties it with null): a picker working beside the robots. */
  setSlot(shelf: number, slot: number, item: string | null): void {
    const offset = this.#offset(shelf);
    if (!Number.isInteger(slot) || slot < 1 || slot > this.slotsPerShelf) {
      throw new MeshmindError('E_ARGUMENT_OUT_OF_RANGE', `slot ${slot} is outside 1..${this.slotsPerShelf}`);
    }
    if (item !== null && (typeof item !== 'string' || item.trim() === '')) {
      throw new MeshmindError('E_INVALID_ARGUMENT', 'an item label must be a non-empty string, or null for a vacant slot');
    }
    this.#slots[offset + slot - 1] = item;
  }

  #offset(shelf: number): number {
    if (!Number.isInteger(shelf) || shelf < 1 || shelf > this.shelfCount) {
      throw new MeshmindError('E_ARGUMENT_OUT_OF_RANGE', `shelf ${shelf} does not exist; shelves are numbered 1..${this.shelfCount}`);
    }
    return (shelf - 1) * this.slotsPerShelf;
  }
}
