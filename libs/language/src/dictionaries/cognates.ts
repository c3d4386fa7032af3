import { de } from '../languages/de';
import { fr } from '../languages/fr';
import { stripAccents } from '../tokenize';

/**
 * English cognates of German and French words that a small dictionary lacks. Vendor notes are full
 * of international words ("coordonnées", "proximité", "Kamera", "aktivieren", "localiser"): spelled
 * the English way by the regular correspondences between the languages, a candidate counts only when
 * WordNet knows it as an English word. Dictionary translations always come first.
 */
function respell(word: string, language: string): string[] {
  const base = stripAccents(word.toLowerCase());
  const stems = new Set<string>([base]);
  if (language === 'fr') {
    // Plurals first: "coordonnees" -> "coordonnee", "articles" -> "article".
    if (/[sx]$/.test(base) && base.length > 4) stems.add(base.slice(0, -1));
  } else if (language === 'de') {
    // k -> c and f -> ph, as in Kamera, Koordinaten, Foto.
    for (const stem of [...stems]) stems.add(stem.replace(/k/g, 'c').replace(/^f/, 'ph').replace(/z/g, 'c'));
    for (const stem of [...stems]) stems.add(stem.replace(/ae/g, 'a').replace(/oe/g, 'o').replace(/ue/g, 'u'));
  }
  const candidates = new Set<string>();
  for (const stem of stems) {
    candidates.add(stem);
    for (const [pattern, replacement] of language === 'fr' ? fr.cognateEndings : de.cognateEndings) {
      if (pattern.test(stem) && stem.length > 4) candidates.add(stem.replace(pattern, replacement));
    }
  }
  return [...candidates].filter((candidate) => candidate.length >= 4);
}

/** English words the given word may be a cognate of, most literal first; `isEnglish` decides. */
export function englishCognates(word: string, language: string, isEnglish: (candidate: string) => boolean): string[] {
  if ((language !== 'fr' && language !== 'de') || word.length < 4 || /\d/.test(word)) return [];
  return respell(word, language).filter(isEnglish).slice(0, 2);
}
