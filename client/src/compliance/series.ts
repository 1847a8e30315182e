import type { ComplianceSummary } from './types';

export interface TrendLine { key: string; channelId: number; name: string; color: string }
/** One row per week: `week` and, per channel, its compliance rate (null when nothing was observed there that week). */
export type TrendRow = { week: string } & Record<string, number | null | string>;

/** Distinct colours for the channels' lines, repeating past twelve channels. */
export const LINE_COLORS = ['#00695c', '#1565c0', '#ef6c00', '#6a1b9a', '#c62828', '#2e7d32', '#5d4037', '#00838f', '#ad1457', '#9e9d24', '#4527a0', '#455a64'];

export const lineKey = (channelId: number) => `c${channelId}`;

/**
 * The weekly compliance rate per channel as chart rows (weeks in order, every channel a column) and
 * a line per channel that was observed at least once, in the summary's channel order.
 */
export function trendSeries(summary: Pick<ComplianceSummary, 'trend' | 'channels'>): { rows: TrendRow[]; lines: TrendLine[] } {
  const observed = new Set(summary.trend.filter((t) => t.observations > 0).map((t) => t.channel_id));
  const names = new Map(summary.channels.map((c) => [c.channel_id, c.name]));
  const order = [...summary.channels.map((c) => c.channel_id), ...[...observed].sort((a, b) => a - b)];
  const ids = [...new Set(order)].filter((id) => observed.has(id));
  const lines = ids.map((channelId, i) => ({ key: lineKey(channelId), channelId, name: names.get(channelId) ?? `#${channelId}`, color: LINE_COLORS[i % LINE_COLORS.length] }));
  const weeks = [...new Set(summary.trend.map((t) => t.week))].sort();
  const rows = weeks.map((week) => {
    const row: TrendRow = { week };
    for (const line of lines) row[line.key] = null;
    return row;
  });
  const byWeek = new Map(rows.map((r) => [r.week, r]));
  for (const t of summary.trend) {
    if (t.observations > 0 && observed.has(t.channel_id)) byWeek.get(t.week)![lineKey(t.channel_id)] = t.rate;
  }
  return { rows, lines };
}

/** Open violations per kind for the bar chart, every kind present (zero when none), largest first. */
export function kindBars<K extends string>(openByKind: Partial<Record<K, number>>, kinds: readonly K[]): { kind: K; open: number }[] {
  return kinds.map((kind) => ({ kind, open: openByKind[kind] ?? 0 })).sort((a, b) => b.open - a.open);
}

/** A compliance rate as text: "93.5%", or a dash when nothing was observed. */
export function formatRate(rate: number | null | undefined, locale: string): string {
  if (rate === null || rate === undefined) return '—';
  return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }).format(rate / 100);
}
