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
  return language === 'en' ? undefined : functionWords;
}
