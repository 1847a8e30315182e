import { Card, CardContent, Stack, Typography } from '@mui/material';
import { useState } from 'react';
import { Title, useGetRecordId, useTranslate } from 'react-admin';
import { salesImportApi, type SalesImportBody } from './api';
import { RunStep } from './RunStep';
import { useFollowJob } from './useFollowJob';

/** One import: its progress while it runs (from any screen or another user's), the replace question, the result or its problems. */
export const SalesImportShow = () => {
  const translate = useTranslate();
  const id = Number(useGetRecordId());
  const { job, follow } = useFollowJob(id);
  const [busy, setBusy] = useState(false);
  const again = async (extra: Partial<SalesImportBody>) => {
    if (!job?.mapping) return;
    setBusy(true);
    try {
      follow(await salesImportApi.commit(job.id, { ...job.mapping, ...extra }));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Card sx={{ mt: 2 }}>
      <Title title={job ? job.file_name : translate('resources.sales-imports.name', { smart_count: 1 })} />
      <CardContent>
        {job && (
          <Stack spacing={2}>
            <Typography variant="h6">
              {job.file_name} · {translate(`resources.sales-imports.choices.kind.${job.kind}`)} · {job.total_rows.toLocaleString()}
            </Typography>
            {job.status === 'uploaded' ? (
              <Typography color="text.secondary">{translate('resources.sales-imports.choices.status.uploaded')}</Typography>
            ) : (
              <RunStep job={job} busy={busy} onAnswer={(replace) => again({ replace_period: replace })} onRetry={() => again({})} />
            )}
          </Stack>
        )}
      </CardContent>
    </Card>
  );
};

export default SalesImportShow;
