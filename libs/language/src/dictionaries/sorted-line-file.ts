import { closeSync, fstatSync, openSync, readSync } from 'node:fs';

/** Bytes between two entries of the in-memory block index: one read of this size finds a line. */
const BLOCK_BYTES = 4096;
/** Longer than any line of WordNet's index files (the longest is 331 bytes). */
const LINE_WINDOW_BYTES = 1024;
/** What the block index reads at once when the file is opened (64 blocks), then lets go. */
const INDEX_READ_BYTES = 256 * 1024;
/** Recent lookups remembered: a document's words and a request's are looked up again and again. */
const REMEMBERED_LOOKUPS = 4096;
const NEWLINE = Buffer.from('\n');

/**
 * A text file of lines sorted by their first space-separated field (WordNet's index.noun, ...), read
 * a block at a time instead of held in memory: the file's 4.8 MB stay in the page cache, shared by
 * every process of a board, and the process keeps only the first key of every 4 KB block (about
 * 1,600 keys for WordNet's four index files). A lookup reads the one block its key can be in.
 * Lines that start with a space (WordNet's licence) sort before every key and are never returned.
 */
export class SortedLineFile {
  /** The first key of each block's first whole line, ascending, and where that line starts. */
  private readonly keys: string[] = [];
  private readonly starts: number[] = [];
  /** At most REMEMBERED_LOOKUPS lines (WordNet's average 40 bytes) or misses, oldest forgotten first. */
  private readonly remembered = new Map<string, string | undefined>();
  private scratch = Buffer.allocUnsafe(BLOCK_BYTES + LINE_WINDOW_BYTES);

  private constructor(
    private readonly descriptor: number,
    private readonly size: number,
  ) {}

  /** Opens the file and reads its block index (one short read per 4 KB block). */
  static open(path: string): SortedLineFile {
    const descriptor = openSync(path, 'r');
    try {
      const file = new SortedLineFile(descriptor, fstatSync(descriptor).size);
      file.indexBlocks();
      return file;
    } catch (error) {
      closeSync(descriptor);
      throw error;
    }
  }

  /** The whole line whose first field is `key`, without its newline; undefined when there is none. */
  line(key: string): string | undefined {
    if (this.remembered.has(key)) return this.remembered.get(key);
    const found = this.search(key);
    if (this.remembered.size >= REMEMBERED_LOOKUPS) this.remembered.delete(this.remembered.keys().next().value!);
    this.remembered.set(key, found);
    return found;
  }

  /**
   * Every whole line that starts with `prefix` (WordNet's index.sense: all sense keys of a lemma,
   * `turn%`), in file order, without newlines. The lines sharing a prefix are adjacent in a sorted
   * file: read from the last block whose first key sorts before the prefix, forward until a line sorts
   * after it. Not remembered here: the caller keeps what it derives from them.
   */
  linesStartingWith(prefix: string): string[] {
    if (prefix === '' || /[ \n]/.test(prefix) || this.keys.length === 0) return [];
    let low = 0;
    let high = this.keys.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >>> 1;
      if (this.keys[middle]! < prefix) low = middle;
      else high = middle - 1;
    }
    const wanted = Buffer.from(prefix);
    const found: string[] = [];
    for (let position = this.starts[low]!, length = BLOCK_BYTES; position < this.size; ) {
      const chunk = this.readBytes(position, Math.min(length, this.size - position));
      const atEnd = position + chunk.length >= this.size;
      const lastNewline = chunk.lastIndexOf(10);
      // A line longer than the chunk: read again, twice as much.
      if (lastNewline < 0 && !atEnd) {
        length *= 2;
        continue;
      }
      // A chunk ends on a whole line, unless the file's last line has no newline.
      const usable = atEnd ? chunk.length : lastNewline + 1;
      for (let lineStart = 0; lineStart < usable; ) {
        const newline = chunk.indexOf(10, lineStart);
        const lineEnd = newline < 0 || newline >= usable ? usable : newline;
        const order = Buffer.compare(chunk.subarray(lineStart, Math.min(lineEnd, lineStart + wanted.length)), wanted);
        if (order === 0) found.push(chunk.toString('utf8', lineStart, lineEnd));
        else if (order > 0) return found;
        lineStart = lineEnd + 1;
      }
      position += usable;
    }
    return found;
  }

  close(): void {
    closeSync(this.descriptor);
  }

  private search(key: string): string | undefined {
    // Not a key: it would match a licence line, or the middle of one.
    if (key === '' || /[ \n]/.test(key)) return undefined;
    // The last block whose first key is not after `key`: the line, if any, is in it.
    let low = 0;
    let high = this.keys.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >>> 1;
      if (this.keys[middle]! <= key) low = middle;
      else high = middle - 1;
    }
    if (this.keys.length === 0) return undefined;
    const start = this.starts[low]!;
    const length = (this.starts[low + 1] ?? this.size) - start;
    const block = this.readBytes(start, length);
    // Searched as bytes, and only the line found decoded: most lookups are of words not there.
    const wanted = Buffer.from(`${key} `);
    let at = block.subarray(0, wanted.length).equals(wanted) ? 0 : -1;
    if (at < 0) {
      const found = block.indexOf(Buffer.concat([NEWLINE, wanted]));
      if (found < 0) return undefined;
      at = found + 1;
    }
    const lineEnd = block.indexOf(10, at);
    return block.toString('utf8', at, lineEnd < 0 ? block.length : lineEnd);
  }

  /** The bytes at `position`, in a buffer reused from one read to the next (valid until the next read). */
  private readBytes(position: number, length: number): Buffer {
    if (this.scratch.length < length) this.scratch = Buffer.allocUnsafe(Math.max(length, this.scratch.length * 2));
    const read = readSync(this.descriptor, this.scratch, 0, length, position);
    return this.scratch.subarray(0, read);
  }

  /**
   * The first line starting in every block, and its key. The windows at the boundaries are cut out of
   * reads of INDEX_READ_BYTES: one short read per 4 KB block was 1,600 system calls for WordNet's
   * index files, a tenth of a second of a one-sentence run's main thread (twice: the planner's
   * WordNet and the agents' lexicon each open the files).
   */
  private indexBlocks(): void {
    const chunk = Buffer.allocUnsafe(INDEX_READ_BYTES + LINE_WINDOW_BYTES);
    let chunkStart = 0;
    let chunkLength = 0;
    for (let boundary = 0; boundary < this.size; boundary += BLOCK_BYTES) {
      // From the byte before the boundary: a line starting exactly at the boundary follows its newline.
      const from = Math.max(0, boundary - 1);
      const chunkEnd = chunkStart + chunkLength;
      // Read again where this window would run past the chunk and the chunk did not reach the file's end.
      if (boundary === 0 || (from + LINE_WINDOW_BYTES > chunkEnd && chunkEnd < this.size)) {
        chunkStart = from;
        chunkLength = readSync(this.descriptor, chunk, 0, chunk.length, from);
      }
      const offset = from - chunkStart;
      const window = chunk.subarray(offset, Math.min(offset + LINE_WINDOW_BYTES, chunkLength));
      const lineOffset = boundary === 0 ? 0 : window.indexOf(10) + 1;
      if (lineOffset === 0 && boundary > 0) continue;
      const start = from + lineOffset;
      if (start >= this.size || start === this.starts.at(-1)) continue;
      // Licence lines come first and sort first: the empty key.
      const space = window.indexOf(32, lineOffset);
      const key = window[lineOffset] === 32 || space < 0 ? '' : window.toString('utf8', lineOffset, space);
      this.keys.push(key);
      this.starts.push(start);
    }
  }
}
