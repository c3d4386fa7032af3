import { de } from './de';
import { en } from './en';
import { fr } from './fr';
import type { LanguageData } from './language';
import { zh } from './zh';

/** Every language meshmind reads, by code. Written in alphabetic script first: detection counts their function words in this order. */
export const LANGUAGES: ReadonlyMap<string, LanguageData> = new Map<string, LanguageData>([en, de, fr, zh].map((language) => [language.code, language]));

export { de, en, fr, zh };
export { enConversation } from './en-conversation';
export { enPlanning } from './en-planning';
export { enMapping } from './en-mapping';
export type { MappingLanguageData } from './mapping-language';
export { enReference } from './en-reference';
export type { LanguageData, RequestLanguageData } from './language';
export type { PlanningAnswerTemplates, PlanningLanguageData, UnitWords } from './planning-language';
