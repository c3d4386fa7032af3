/** Chinese: the language of some vendors' API notes (read through CC-CEDICT). */
import type { LanguageData } from './language';

export const zh = {
  code: 'zh',
  /**
   * Particles and function words that gloss to noise ("的" -> "of; ~'s", "并" -> "and; furthermore").
   * Not "当前" ("the present time"): "当前位置", "当前电量" say the function reads what holds now.
   */
  functionWords: new Set('的 了 是 在 和 并 为 用 将 把 到 上 中 其 从 与 及 或 等 个 之 让 使 由 被 对 以 时 后 前 如果 则 即 所有'.split(' ')),
  documentWords: {
    rangeWords: ['到', '至'],
    units: { 'm/s': { words: ['米/秒', '米每秒'] }, '°': { words: ['度'] }, '%': { words: ['百分比'] }, m: { words: ['米'] } },
    outcomeWords: ['成功', '失败', '否则'],
  },
} satisfies LanguageData & Record<string, unknown>;
