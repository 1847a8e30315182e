import { Box, Card, CardHeader, LinearProgress, Skeleton, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useGetMany, useTranslate } from 'react-admin';
import { formatCny } from '../../../shared/money';
import { useIntlLocale } from '../common/useIntlLocale';
import { barValue, formatCount, formatPct } from './format';
import type { ItemResult } from './types';

/** Each SKU of the promotion: units and revenue counted, and how much of its promotion stock has sold. */
export const SkuResultsTable = ({ items }: { items?: ItemResult[] }) => {
  const translate = useTranslate();
  const t = (key: string, options?: object) => translate(`rx.promotionResults.items.${key}`, options);
  const locale = useIntlLocale();
  const ids = items?.map((i) => i.sku_id) ?? [];
  const { data: skus = [] } = useGetMany('skus', { ids }, { enabled: ids.length > 0 });
  const total = items?.reduce((sum, i) => sum + i.revenue, 0) ?? 0;
  return (
    <Card data-testid="results-skus">
      <CardHeader title={t('title')} titleTypographyProps={{ variant: 'subtitle1', fontWeight: 600 }} sx={{ pb: 0.5 }} />
      <Table size="small">
        <TableHead>
          <TableRow>
            <TableCell>{t('sku')}</TableCell>
            <TableCell align="right">{t('units')}</TableCell>
            <TableCell align="right">{t('revenue')}</TableCell>
            <TableCell align="right">{t('share')}</TableCell>
            <TableCell sx={{ width: '32%' }}>{t('stock')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {!items && [0, 1].map((i) => <TableRow key={i}><TableCell colSpan={5}><Skeleton /></TableCell></TableRow>)}
          {items?.map((item) => {
            const sku = skus.find((s) => s.id === item.sku_id);
            return (
              <TableRow key={item.sku_id} data-testid={`results-sku-${item.sku_id}`}>
                <TableCell>
                  <Typography variant="body2" sx={{ fontFamily: 'monospace', color: 'text.secondary' }} component="span">{sku?.code ?? `#${item.sku_id}`}</Typography>
                  <Typography variant="body2" component="span" sx={{ ml: 1 }}>{sku?.name}</Typography>
                </TableCell>
                <TableCell align="right" sx={{ fontVariantNumeric: 'tabular-nums' }}>{formatCount(item.units, locale)}</TableCell>
                <TableCell align="right" sx={{ fontVariantNumeric: 'tabular-nums' }}>{formatCny(item.revenue, locale)}</TableCell>
                <TableCell align="right" sx={{ fontVariantNumeric: 'tabular-nums', color: 'text.secondary' }}>
                  {total > 0 ? formatPct((item.revenue / total) * 100, locale, { digits: 0 }) : '—'}
                </TableCell>
                <TableCell>
                  {item.stock_limit === null ? (
                    <Typography variant="body2" color="text.secondary">{t('sold_no_limit', { sold: formatCount(item.sold, locale) })}</Typography>
                  ) : (
                    <Box sx={{ display: 'flex', alignItems: 'center', gap: 1.5 }}>
                      <LinearProgress variant="determinate" value={barValue(item.sell_through_pct)}
                        sx={{ flex: 1, height: 8, borderRadius: 4 }} aria-label={t('stock')} />
                      <Typography variant="body2" sx={{ whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums', minWidth: 132, textAlign: 'right' }}>
                        {t('sold_of', { sold: formatCount(item.sold, locale), limit: formatCount(item.stock_limit, locale) })}
                        <Box component="span" sx={{ color: 'text.secondary', ml: 1 }}>{formatPct(item.sell_through_pct, locale)}</Box>
                      </Typography>
                    </Box>
                  )}
                </TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </Card>
  );
};
