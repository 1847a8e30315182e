import { Alert, Box, Button, Stack, Typography } from '@mui/material';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useTranslate } from 'react-admin';
import { Link } from 'react-router-dom';
import type { SalesImportJob } from './api';

/** The imported prices of the job's channel, newest first, as the observations list shows them. */
export const importedObservationsPath = (channelId: number) =>
  `/price-observations?${new URLSearchParams({ filter: JSON.stringify({ channel_id: channelId, source: 'import' }), sort: 'observed_at', order: 'DESC' })}`;

/** A price-watch sheet imported: how many prices are new, how many were there already, and where to look at them and what they broke. */
export const ObservationResult = ({ job }: { job: SalesImportJob }) => {
  const translate = useTranslate();
  const t = (key: string, options?: object) => translate(`rx.salesData.observations.${key}`, options);
  const client = useQueryClient();
  // The prices just stored opened and resolved violations: every cached figure and list (the dashboard's, the
  // compliance overview's, the observations and violations) is stale now.
  useEffect(() => {
    void client.invalidateQueries();
  }, [client, job.id]);
  return (
    <Stack spacing={2} data-testid="sales-import-result">
      <Alert severity="success">{t('done_file', { file: job.file_name })}</Alert>
      <Box sx={{ display: 'grid', gridTemplateColumns: 'repeat(2, minmax(0, 1fr))', gap: 2, maxWidth: 720 }}>
        {(['created', 'unchanged'] as const).map((key) => (
          <Box key={key} sx={{ p: 1.5, border: 1, borderColor: 'divider', borderRadius: 1 }} data-testid={`sales-import-count-${key}`}>
            <Typography variant="h5">{job[key].toLocaleString()}</Typography>
            <Typography variant="body2" color="text.secondary">{t(`result.${key}`)}</Typography>
          </Box>
        ))}
      </Box>
      <Typography variant="body2" color="text.secondary">{t('done_help')}</Typography>
      <Stack direction="row" spacing={1} flexWrap="wrap" useFlexGap>
        <Button component={Link} to="/compliance" variant="contained" data-testid="observation-import-open-compliance">{t('open_compliance')}</Button>
        <Button component={Link} to={importedObservationsPath(job.channel_id)} data-testid="observation-import-open-observations">{t('open_observations')}</Button>
      </Stack>
    </Stack>
  );
};
