/**
 * A function's own words as the document reads in English: its name, and its notes through their
 * dictionary glosses (mapper/function-views.ts, as mapper/scope.ts reads them). Readers that compare
 * a request's words with a function's own words read the notes as written; on a German, French or
 * Chinese document those are words no English request meets, so "stop charging" found no function
 * of charging on a robot whose docking notes say "充电" or "lädt" and halted the whole robot, where the
 * English document's "recharge" told the reader that charging is another function's deed; and
 * "arret_urgence", whose notes say "arrête", was no end for "stop the motors".
 * Undefined for an English document, whose notes those readers already read as written.
 */
export type GlossedWords = (name: string) => readonly string[];

export function glossedWords(language: string, functionWords: GlossedWords | undefined): GlossedWords | undefined {
  return readThroughGlosses(language) ? functionWords : undefined;
}

/**
 * Whether the document is read through glosses (German, French or Chinese notes): its functions are
 * then embedded as word-by-word glosses ("place robot determine position present current map card"),
 * not as sentences, and the embedding's lead of one function over another is that salad's noise, a
 * tenth of cosine and more: "scan the QR code on the box" was nearer the French localisation by 0.17
 * than the scan. There a lead in meaning alone does not vouch for a call no word of the request
 * explains (unsupported-command.ts, fallback-call.ts).
 */
export function readThroughGlosses(language: string): boolean {
  return language !== 'en';
}
