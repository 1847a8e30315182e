import { Box, Link, Table, TableBody, TableCell, TableHead, TableRow } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { ObservationPreviewLine } from './api';

interface Props {
  lines: ObservationPreviewLine[];
  when(iso: string): string;
  money(yuan: number): string;
}

/** Record ids the server makes up for a sheet without them: not the user's, so not shown. */
const madeUp = (id: string | null) => !id || id.startsWith('sheet:');

/** The first prices of a price-watch sheet as they will be stored: when, which SKU, at what price, in which store, with its link. */
export const ObservationPreviewLines = ({ lines, when, money }: Props) => {
  const translate = useTranslate();
  const t = (key: string) => translate(`rx.salesData.${key}`);
  const withIds = lines.some((l) => !madeUp(l.external_id));
  const withShopIds = lines.some((l) => l.shop_id);
  return (
    // `contain`: a wide sheet scrolls inside the box instead of widening the page.
    <Box sx={{ maxHeight: 300, overflow: 'auto', contain: 'inline-size' }}>
      <Table size="small" stickyHeader sx={{ '& td, & th': { py: 0.5 }, '& td': { whiteSpace: 'nowrap' } }} data-testid="sales-import-lines">
        <TableHead>
          <TableRow>
            <TableCell>{t('row')}</TableCell>
            <TableCell>{t('fields.observed_at')}</TableCell>
            <TableCell>{t('fields.sku')}</TableCell>
            <TableCell align="right">{t('fields.price')}</TableCell>
            <TableCell>{t('fields.store_name')}</TableCell>
            {withShopIds && <TableCell>{t('fields.shop_id')}</TableCell>}
            <TableCell>{t('fields.url')}</TableCell>
            {withIds && <TableCell>{t('fields.external_id')}</TableCell>}
          </TableRow>
        </TableHead>
        <TableBody>
          {lines.map((l) => (
            <TableRow key={l.row}>
              <TableCell>{l.row}</TableCell>
              <TableCell>{when(l.observed_at)}</TableCell>
              <TableCell title={l.sku_name ?? ''}>
                {l.sku_code}
                {l.sku_name && <Box component="span" sx={{ display: 'block', color: 'text.secondary', typography: 'caption', whiteSpace: 'normal', minWidth: 160 }}>{l.sku_name}</Box>}
              </TableCell>
              <TableCell align="right">{money(l.price)}</TableCell>
              <TableCell>{l.store_name ?? '—'}</TableCell>
              {withShopIds && <TableCell>{l.shop_id ?? '—'}</TableCell>}
              <TableCell>
                {l.url ? (
                  <Link href={l.url} target="_blank" rel="noopener noreferrer" title={l.url} sx={{ display: 'block', maxWidth: 220, overflow: 'hidden', textOverflow: 'ellipsis' }}>{l.url}</Link>
                ) : '—'}
              </TableCell>
              {withIds && <TableCell>{madeUp(l.external_id) ? '—' : l.external_id}</TableCell>}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Box>
  );
};
