// Intl.NumberFormat takes tens of microseconds to make and is safe to share:
// a document formats thousands of figures with a handful of formats, so each
// is made once.

const formats = new Map<string, Intl.NumberFormat>();

/** The shared Intl.NumberFormat for a locale and options (options written as a literal, so their key is stable). */
export function numberFormat(locale: string, options: Intl.NumberFormatOptions = {}): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, options);
    formats.set(key, format);
  }
  return format;
}
