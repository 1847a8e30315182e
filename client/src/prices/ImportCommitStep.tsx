import { Box, LinearProgress, Stack, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { ImportCommit } from './api';

interface Props {
  progress: { done: number; total: number };
  result: ImportCommit | null;
}

/** Progress while the commit runs, then created / skipped / approved / pending counts. */
export const ImportCommitStep = ({ progress, result }: Props) => {
  const translate = useTranslate();
  const t = (key: string, options?: object) => translate(`rx.import.${key}`, options);
  if (!result) {
    const percent = progress.total ? Math.min(100, (progress.done / progress.total) * 100) : 0;
    return (
      <Stack spacing={1} sx={{ py: 2 }}>
        <LinearProgress variant={percent ? 'determinate' : 'indeterminate'} value={percent} />
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
