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
