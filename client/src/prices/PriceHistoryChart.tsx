import { useTheme } from '@mui/material';
import { useMemo } from 'react';
import { CartesianGrid, Line, LineChart, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useTranslate } from 'react-admin';
import { usePriceFormat } from './format';
import { priceSteps } from './priceSeries';
import type { PriceRecord } from './types';

interface Props {
  prices: readonly PriceRecord[];
  controlPrice: number | null;
}

/** Approved price in force over time (steps), with the control price as a red line. */
export const PriceHistoryChart = ({ prices, controlPrice }: Props) => {
  const theme = useTheme();
  const translate = useTranslate();
  const format = usePriceFormat();
  const points = useMemo(() => priceSteps(prices, new Date().toISOString()), [prices]);
  if (!points.length) return null;
  const dateOf = (t: number) => format.date(new Date(t).toISOString());
  const first = points[0].t;
  const span = points[points.length - 1].t - first;
  const ticks = [0, 1, 2, 3, 4].map((i) => Math.round(first + (span * i) / 4));

  return (
    <ResponsiveContainer width="100%" height={220}>
      <LineChart data={points} margin={{ top: 16, right: 24, bottom: 4, left: 8 }}>
        <CartesianGrid strokeDasharray="3 3" stroke={theme.palette.divider} />
        <XAxis dataKey="t" type="number" scale="time" domain={['dataMin', 'dataMax']} ticks={ticks} tickFormatter={dateOf} fontSize={12} />
        <YAxis domain={['auto', 'auto']} padding={{ top: 24, bottom: 24 }} tickFormatter={(v: number) => format.money(v)} width={84} fontSize={12} />
        <Tooltip labelFormatter={(t) => dateOf(Number(t))} formatter={(v) => [format.money(Number(v)), translate('rx.pricing.history.price')]} />
        {controlPrice !== null && (
          <ReferenceLine
            y={controlPrice}
            ifOverflow="extendDomain"
            stroke={theme.palette.error.main}
            strokeDasharray="6 4"
            label={{ value: translate('rx.pricing.history.control', { price: format.money(controlPrice) }), position: 'insideTopLeft', fill: theme.palette.error.main, fontSize: 12 }}
          />
        )}
        <Line type="stepAfter" dataKey="price" stroke={theme.palette.primary.main} strokeWidth={2} dot={{ r: 3 }} connectNulls={false} isAnimationActive={false} />
      </LineChart>
    </ResponsiveContainer>
  );
};
