import { useTranslate } from 'react-admin';
import { useNavigate } from 'react-router-dom';
import { Bar, BarChart, CartesianGrid, Cell, LabelList, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { VIOLATION_KINDS, type ViolationKind } from '../../../shared/compliance';
import { useIntlLocale } from '../common/useIntlLocale';
import { ChartCard } from './ChartCard';
import { drill } from './drill';
import { kindBars } from './series';
import { kindDotColor } from '../violations/choices';
import type { ComplianceSummary } from './types';

const ROW = 40;

/** Open violations per kind as horizontal bars; a bar opens its violations. */
export const KindChart = ({ summary }: { summary?: ComplianceSummary }) => {
  const translate = useTranslate();
  const locale = useIntlLocale();
  const navigate = useNavigate();
  const bars = summary ? kindBars(summary.open_by_kind, VIOLATION_KINDS).map((b) => ({ ...b, label: translate(`resources.violations.choices.kind.${b.kind}`) })) : [];
  const height = VIOLATION_KINDS.length * ROW + 24;
  const open = (kind: ViolationKind) => navigate(drill.kind(kind));
  return (
    <ChartCard title={translate('rx.compliance.kinds.title')} loading={!summary} empty={summary && !summary.open_total && translate('rx.compliance.cards.none_open')} height={height} testId="compliance-kinds">
      <div style={{ height }}>
        <ResponsiveContainer>
          <BarChart data={bars} layout="vertical" margin={{ left: 0, right: 32, top: 0, bottom: 0 }} barCategoryGap="25%">
            <CartesianGrid strokeDasharray="3 3" horizontal={false} />
            <XAxis type="number" allowDecimals={false} tick={{ fontSize: 11 }} />
            <YAxis type="category" dataKey="label" width={locale.startsWith('zh') ? 150 : 230} tick={{ fontSize: 12 }} interval={0} />
            <Tooltip formatter={(v) => [Number(v).toLocaleString(locale), translate('rx.compliance.kinds.open')]} cursor={{ fill: 'rgba(0,0,0,0.04)' }} />
            <Bar dataKey="open" isAnimationActive={false} cursor="pointer" onClick={(entry) => open((entry as unknown as { kind: ViolationKind }).kind)}>
              {bars.map((b) => <Cell key={b.kind} fill={kindDotColor(b.kind)} />)}
              <LabelList dataKey="open" position="right" style={{ fontSize: 12, fontWeight: 600 }} />
            </Bar>
          </BarChart>
        </ResponsiveContainer>
      </div>
    </ChartCard>
  );
};
