import DownloadIcon from '@mui/icons-material/Download';
import { Alert, Box, Button, Chip, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useLocaleState, useTranslate } from 'react-admin';
import { renderServerMessage } from '../../../shared/server-messages';
import type { ImportPreview } from './api';
import { usePriceFormat } from './format';
import { useServerText } from './useServerText';

/**
 * What the import would do: price changes, cells that change nothing, every row error (by sheet row
 * number, downloadable as a sheet) and the first changes with the price they replace.
 */
export const ImportPreviewStep = ({ preview, errorsUrl }: { preview: ImportPreview; errorsUrl: string }) => {
  const translate = useTranslate();
  const serverText = useServerText();
  const [locale] = useLocaleState();
  const rowMessage = (e: ImportPreview['errors'][number]) => (e.key && renderServerMessage(locale, e.key, e.params)) || serverText(e.message);
  const format = usePriceFormat();
  const t = (key: string, options?: object) => translate(`rx.import.${key}`, options);
  const table = { '& td, & th': { whiteSpace: 'nowrap', py: 0.5 } };
  return (
    <Stack spacing={2}>
      <Stack direction="row" spacing={1} flexWrap="wrap" useFlexGap data-testid="import-preview-counts">
        <Chip color="primary" label={t('changes', { smart_count: preview.changes })} />
        <Chip variant="outlined" label={t('unchanged', { smart_count: preview.unchanged })} />
        <Chip variant="outlined" color="success" label={t('valid', { smart_count: preview.valid_rows })} />
        {preview.invalid_rows > 0 && <Chip color="error" label={t('invalid', { smart_count: preview.invalid_rows })} />}
      </Stack>
      {preview.invalid_rows === 0 && preview.changes === 0 && <Alert severity="info">{t('nothing_to_change')}</Alert>}
      {preview.invalid_rows > 0 && (
        <>
          <Alert
            severity="error"
            action={(
              <Button color="inherit" size="small" startIcon={<DownloadIcon />} href={errorsUrl} download data-testid="import-errors-download">
                {t('download_errors')}
              </Button>
            )}
          >
            {t('fix_errors')}
          </Alert>
          <Typography variant="subtitle2">{t('errors_title')}</Typography>
          <Box sx={{ maxHeight: 240, overflow: 'auto' }}>
            <Table size="small" stickyHeader sx={table} data-testid="import-errors">
              <TableHead>
                <TableRow>
                  <TableCell>{t('row')}</TableCell>
                  <TableCell>{t('field')}</TableCell>
                  <TableCell>{t('message')}</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {preview.errors.map((e, i) => (
                  <TableRow key={i}>
                    <TableCell>{e.row}</TableCell>
                    <TableCell>{t(`mapping.${e.field}`, { _: e.field })}</TableCell>
                    <TableCell sx={{ whiteSpace: 'normal !important' }}>{rowMessage(e)}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </Box>
        </>
      )}
      {preview.preview.length > 0 && (
        <>
          <Typography variant="subtitle2">{t('first_rows')}</Typography>
          <Box sx={{ maxHeight: 240, overflow: 'auto' }}>
            <Table size="small" stickyHeader sx={table}>
              <TableHead>
                <TableRow>
                  <TableCell>{t('row')}</TableCell>
                  <TableCell>{t('sku')}</TableCell>
                  <TableCell>{t('channel')}</TableCell>
                  <TableCell align="right">{t('current_price')}</TableCell>
                  <TableCell align="right">{t('price')}</TableCell>
                  <TableCell>{t('effective_from')}</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {preview.preview.map((p) => (
                  <TableRow key={`${p.row}:${p.channel_code}`}>
                    <TableCell>{p.row}</TableCell>
                    <TableCell>{p.sku_code}</TableCell>
                    <TableCell>{p.channel_name}</TableCell>
                    <TableCell align="right" sx={{ color: 'text.secondary' }}>{p.current_price === null ? '—' : format.money(p.current_price)}</TableCell>
                    <TableCell align="right">{format.money(p.price)}</TableCell>
                    <TableCell>{format.date(p.effective_from)}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </Box>
        </>
      )}
    </Stack>
  );
};
