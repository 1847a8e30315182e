/** Font size of the names on the bars, in pixels. */
export const BAR_FONT_PX = 12;
/** Widest a name is drawn before it is cut with an ellipsis. */
export const MAX_LABEL_PX = 150;

const isWide = (code: number) => code >= 0x2e80; // CJK and full-width forms take a full em

/**
 * About how wide a bar's text is in pixels (name, plus the conflict mark and padding): Chinese
 * characters a full em, Latin letters and digits about half of one. Capped at MAX_LABEL_PX.
 */
export function labelPx(name: string, conflict: boolean): number {
  let width = 12 + (conflict ? 16 : 0);
  for (const ch of name) {
    const code = ch.codePointAt(0)!;
    width += isWide(code) ? BAR_FONT_PX : ch === ' ' ? BAR_FONT_PX * 0.28 : BAR_FONT_PX * 0.58;
  }
  return Math.min(MAX_LABEL_PX, Math.ceil(width));
}
