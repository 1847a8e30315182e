import { Alert, Box, LinearProgress, Stack, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { ImportCommit } from './api';

interface Props {
  progress: { done: number; total: number };
  result: ImportCommit | null;
  /** Another request (a double-click, another tab) is committing this import; we watch it. */
  following?: boolean;
  /** The commit stopped before the end (failed or its request died); it can be resumed. */
  stalled?: boolean;
}

/** Progress (processed / total rows) while the commit runs, then created / skipped / approved / pending counts. */
export const ImportCommitStep = ({ progress, result, following, stalled }: Props) => {
  const translate = useTranslate();
  const t = (key: string, options?: object) => translate(`rx.import.${key}`, options);
  if (!result) {
    const percent = progress.total ? Math.min(100, (progress.done / progress.total) * 100) : 0;
    return (
      <Stack spacing={1} sx={{ py: 2 }}>
        {following && <Alert severity="info">{t('following')}</Alert>}
        {stalled && <Alert severity="warning">{t('stalled')}</Alert>}
        <LinearProgress variant="determinate" value={percent} color={stalled ? 'warning' : 'primary'} data-testid="import-progress" />
        <Typography variant="body2" color="text.secondary">{t('progress', progress)}</Typography>
      </Stack>
    );
  }
  const counts = (['created', 'skipped', 'approved', 'pending'] as const).map((key) => ({ key, value: result[key] }));
  return (
    <Stack spacing={2} sx={{ py: 1 }} data-testid="import-summary">
      <Typography variant="subtitle1">{t('done')}</Typography>
      <Box sx={{ display: 'grid', gridTemplateColumns: 'repeat(4, 1fr)', gap: 2 }}>
        {counts.map(({ key, value }) => (
          <Box key={key} sx={{ p: 1.5, border: 1, borderColor: 'divider', borderRadius: 1 }}>
            <Typography variant="h5">{value}</Typography>
            <Typography variant="body2" color="text.secondary">{t(key)}</Typography>
          </Box>
        ))}
      </Box>
    </Stack>
  );
};
