export type TemplateParams = Record<string, string | number>;

/**
 * Fills a polyglot-style message from a catalogue: `%{name}` placeholders (unknown ones stay visible
 * rather than vanish) and "singular |||| plural" chosen by `count`. Own keys only, so a hostile key
 * such as "constructor" is simply unknown. Undefined when the catalogue has no such key.
 */
export function fillTemplate(catalogue: Record<string, string>, key: string, params: TemplateParams = {}): string | undefined {
  if (!Object.hasOwn(catalogue, key)) return undefined;
  const forms = catalogue[key].split(' |||| ');
  const form = forms.length > 1 && Number(params.count) !== 1 ? forms[1] : forms[0];
  return form.replace(/%\{(\w+)\}/g, (whole, name: string) => (Object.hasOwn(params, name) ? String(params[name]) : whole));
}

/** The catalogue of a locale: Chinese for any zh-*, else English. */
export const catalogueFor = (locale: string, catalogues: { en: Record<string, string>; zh: Record<string, string> }): Record<string, string> =>
  locale.startsWith('zh') ? catalogues.zh : catalogues.en;
