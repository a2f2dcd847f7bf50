import { LANGS, type Lang } from '../i18n/langs';

// A text a team writes in one or more languages: one value per language.
export type LocalizedText = Partial<Record<Lang, string>>;

export type PickedText = {
  text: string;
  /** The language the text is actually in. */
  lang: Lang | null;
  /** True when the wanted language was missing and another one stands in. */
  fallback: boolean;
};

function hasText(value: string | undefined): value is string {
  return typeof value === 'string' && value.trim().length > 0;
}

/** The text in `lang`, else in the first other language that has one (es, pt, en order). */
export function pickText(value: LocalizedText | undefined, lang: Lang): PickedText {
  const own = value?.[lang];
  if (hasText(own)) return { text: own, lang, fallback: false };
  for (const other of LANGS) {
    const text = value?.[other];
    if (other !== lang && hasText(text)) return { text, lang: other, fallback: true };
  }
  return { text: '', lang: null, fallback: false };
}

/** Languages that have a non-blank value. */
export function languagesPresent(value: LocalizedText | undefined): Lang[] {
  return LANGS.filter((l) => hasText(value?.[l]));
}
