/**
 * The floor plan of a simulated warehouse: a grid of 1 m cells, rows from bottom to top.
 *
 * ```
 * y = top    . S S S S . S S S S .     shelf row (S = shelf cell, blocked; '.' a cross aisle)
 *            . a a a a . a a a a .     access row: a robot here reads the shelf above it
 *            . . . . . . . . . . .     travel row
 *            ...                       more shelf blocks
 * y = 2..    . P . P . P . P . P .     parking rows: robots start on odd columns, even columns stay free
 * y = 1      . . . . . . . . . . .     travel row
 * y = 0      D . . D . . D . . D .     dock row (D = charging dock)
 * ```
 *
 * Cross aisles every fifth column, free side columns and free lanes between parked robots mean no
 * robot is ever walled in by robots that stand still.
 */
export interface Cell {
  x: number;
  y: number;
}

export interface ShelfPlacement {
  /** 1-based shelf number, the one agents pass to move_to_shelf. */
  number: number;
  cell: Cell;
  /** The cell in the aisle in front of the shelf from which a robot reads it. */
  access: Cell;
}

export interface WarehouseLayout {
  width: number;
  height: number;
  /** 1 where a cell can never be entered (shelves), indexed y * width + x. */
  walls: Uint8Array;
  shelves: ShelfPlacement[];
  docks: Cell[];
  parking: Cell[];
}

const SHELVES_PER_BLOCK = 4;

export function cellIndex(width: number, cell: Cell): number {
  return cell.y * width + cell.x;
}

export function buildLayout(robotCount: number, shelfCount: number, dockCount: number): WarehouseLayout {
  // A roughly square shelf area: three rows of grid per shelf row (shelf, access, travel).
  const shelvesPerRow = Math.max(SHELVES_PER_BLOCK, Math.ceil(Math.sqrt(3 * shelfCount) / SHELVES_PER_BLOCK) * SHELVES_PER_BLOCK);
  const crossAisles = Math.floor((shelvesPerRow - 1) / SHELVES_PER_BLOCK);
  const width = Math.max(2 + shelvesPerRow + crossAisles, dockCount);
  const parkingPerRow = Math.floor((width - 1) / 2);
  const parkingRows = Math.max(1, Math.ceil(robotCount / parkingPerRow));
  const shelfRows = Math.ceil(shelfCount / shelvesPerRow);
  const firstShelfRow = 2 + parkingRows + 1;
  const height = firstShelfRow + 3 * shelfRows;
  const walls = new Uint8Array(width * height);

  const shelfColumns: number[] = [];
  for (let x = 1; x < width - 1 && shelfColumns.length < shelvesPerRow; x += 1) {
    if ((x - 1) % (SHELVES_PER_BLOCK + 1) !== SHELVES_PER_BLOCK) shelfColumns.push(x);
  }
  const shelves: ShelfPlacement[] = [];
  for (let number = 1; number <= shelfCount; number += 1) {
    const row = Math.floor((number - 1) / shelvesPerRow);
    const x = shelfColumns[(number - 1) % shelvesPerRow]!;
    // Shelf rows from the top down, so shelf 1 is the farthest walk: every row has its aisle below it.
    const y = height - 1 - 3 * row;
    walls[y * width + x] = 1;
    shelves.push({ number, cell: { x, y }, access: { x, y: y - 1 } });
  }

  const docks: Cell[] = [];
  const dockSpacing = Math.max(1, Math.floor(width / dockCount));
  for (let index = 0; index < dockCount; index += 1) docks.push({ x: Math.min(width - 1, index * dockSpacing), y: 0 });

  const parking: Cell[] = [];
  for (let row = 0; row < parkingRows && parking.length < robotCount; row += 1) {
    for (let x = 1; x < width - 1 && parking.length < robotCount; x += 2) parking.push({ x, y: 2 + row });
  }
  return { width, height, walls, shelves, docks, parking };
}
