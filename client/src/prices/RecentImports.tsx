import { Alert, Box, Button, Chip, Table, TableBody, TableCell, TableHead, TableRow, Typography, type ChipProps } from '@mui/material';
import { useGetList, useTranslate } from 'react-admin';
import type { ImportListItem, ImportStatus } from './api';
import { usePriceFormat } from './format';
import { importJobState } from './importJobState';

const STATUS_COLOR: Record<ImportStatus, ChipProps['color']> = {
  uploading: 'default',
  uploaded: 'info',
  committing: 'primary',
  committed: 'success',
  failed: 'error',
  expired: 'default',
};

/** A job the wizard can open: one being committed (follow it) or a failed commit (resume it). */
const openable = (job: ImportListItem) => job.status === 'committing' || (job.status === 'failed' && importJobState(job) === 'stalled');

/** The company's latest price imports: status, file, who, when and counts; running or failed ones can be opened. */
export const RecentImports = ({ onOpen }: { onOpen?: (id: number) => void }) => {
  const translate = useTranslate();
  const format = usePriceFormat();
  const t = (key: string, options?: object) => translate(`rx.import.${key}`, options);
  const { data, isPending, error } = useGetList<ImportListItem>('price-imports', {
    pagination: { page: 1, perPage: 10 },
    sort: { field: 'created_at', order: 'DESC' },
  });
  if (error) return <Alert severity="warning">{t('recent.load_error', { message: error.message })}</Alert>;
  if (isPending) return null;
  const table = { '& td, & th': { whiteSpace: 'nowrap', py: 0.5 } };
  return (
    <>
      <Typography variant="subtitle2" sx={{ mt: 3, mb: 1 }}>{t('recent.title')}</Typography>
      {!data?.length ? (
        <Typography variant="body2" color="text.secondary">{t('recent.empty')}</Typography>
      ) : (
        <Box sx={{ overflowX: 'auto' }}>
        <Table size="small" sx={table} data-testid="recent-imports">
          <TableHead>
            <TableRow>
              <TableCell>{t('recent.file')}</TableCell>
              <TableCell>{t('recent.status')}</TableCell>
              <TableCell>{t('recent.by')}</TableCell>
              <TableCell>{t('recent.at')}</TableCell>
              <TableCell align="right">{t('recent.rows')}</TableCell>
              <TableCell align="right">{t('recent.created')}</TableCell>
              <TableCell align="right">{t('recent.approved')}</TableCell>
              <TableCell align="right">{t('recent.pending')}</TableCell>
              <TableCell align="right">{t('recent.errors')}</TableCell>
              {onOpen && <TableCell />}
            </TableRow>
          </TableHead>
          <TableBody>
            {data.map((job) => (
              <TableRow key={job.id}>
                <TableCell sx={{ maxWidth: 180, overflow: 'hidden', textOverflow: 'ellipsis' }} title={job.file_name}>{job.file_name}</TableCell>
                <TableCell><Chip size="small" color={STATUS_COLOR[job.status]} label={t(`status.${job.status}`, { _: job.status })} /></TableCell>
                <TableCell>{job.created_by_name ?? ''}</TableCell>
                <TableCell>{format.dateTime(job.created_at)}</TableCell>
                <TableCell align="right">{t('progress', { done: job.processed_rows, total: job.total_rows })}</TableCell>
                <TableCell align="right">{job.created_rows}</TableCell>
                <TableCell align="right">{job.approved_rows}</TableCell>
                <TableCell align="right">{job.pending_rows}</TableCell>
                <TableCell align="right">{job.failed_rows}</TableCell>
                {onOpen && (
                  <TableCell>
                    {openable(job) && (
                      <Button size="small" onClick={() => onOpen(job.id)}>{t(job.status === 'failed' ? 'resume' : 'recent.open')}</Button>
                    )}
                  </TableCell>
                )}
              </TableRow>
            ))}
          </TableBody>
        </Table>
        </Box>
      )}
    </>
  );
};
