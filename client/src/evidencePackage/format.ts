import { zoneOffsetMinutes } from '../../../shared/instants';

/** 2026-03-04 14:30: an instant on the wall clock of `timeZone`, the same in both languages of the package. */
export function wallClock(iso: string, timeZone: string): string {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return iso;
  const shifted = new Date(ms + zoneOffsetMinutes(ms, timeZone) * 60_000).toISOString();
  return `${shifted.slice(0, 10)} ${shifted.slice(11, 16)}`;
}

/** UTC+8, UTC−3:30, UTC: the offset `timeZone` has at the instant. */
export function utcOffset(timeZone: string, at: string | number = Date.now()): string {
  const minutes = zoneOffsetMinutes(typeof at === 'string' ? Date.parse(at) : at, timeZone);
  if (minutes === 0) return 'UTC';
  const sign = minutes > 0 ? '+' : '−';
  const abs = Math.abs(minutes);
  const hours = Math.floor(abs / 60);
  const rest = abs % 60;
  return `UTC${sign}${hours}${rest ? `:${String(rest).padStart(2, '0')}` : ''}`;
}

/** Asia/Shanghai (UTC+8): the zone named, for a reader in another country. */
export const zoneName = (timeZone: string, at?: string | number) => `${timeZone} (${utcOffset(timeZone, at)})`;

/** ¥1,234.50: yuan with two decimals, written the same way in Chinese and English. */
export function yuan(value: number | null | undefined): string {
  if (value == null) return '—';
  return `¥${new Intl.NumberFormat('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(value)}`;
}

/** Figure numbers of the screenshots and attachment numbers of the PDFs, in the order the observations are listed. */
export function numberEvidence<T extends { id: number; evidence_id: number | null; evidence_type: string | null }>(
  observations: readonly T[],
  kindOf: (type: string | null) => 'image' | 'pdf' | null,
): Map<number, { kind: 'image' | 'pdf'; n: number }> {
  const out = new Map<number, { kind: 'image' | 'pdf'; n: number }>();
  const seen = new Map<number, { kind: 'image' | 'pdf'; n: number }>();
  const next = { image: 0, pdf: 0 };
  for (const o of observations) {
    if (!o.evidence_id) continue;
    const kind = kindOf(o.evidence_type) ?? 'pdf';
    let ref = seen.get(o.evidence_id);
    if (!ref) {
      ref = { kind, n: ++next[kind] };
      seen.set(o.evidence_id, ref);
    }
    out.set(o.id, ref);
  }
  return out;
}
