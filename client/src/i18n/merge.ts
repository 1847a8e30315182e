export type MessageTree = { [key: string]: string | MessageTree };

/** Deep-merges message catalogues; later trees win, key by key. */
export function mergeMessages(base: MessageTree, ...patches: MessageTree[]): MessageTree {
  const out: MessageTree = { ...base };
  for (const patch of patches) {
    for (const [key, value] of Object.entries(patch)) {
      const current = out[key];
      out[key] = typeof value === 'object' && typeof current === 'object' ? mergeMessages(current, value) : value;
    }
  }
  return out;
}

/**
 * Our catalogues write "one |||| many" in both languages. Polyglot's rule for Chinese has a single
 * form and always took the first ("选中1项" for two rows), so both languages use one-vs-other.
 */
export const pluralRules = {
  pluralTypes: { oneOther: (n: number) => (n === 1 ? 0 : 1) },
  pluralTypeToLanguages: { oneOther: ['en', 'zh'] },
};
