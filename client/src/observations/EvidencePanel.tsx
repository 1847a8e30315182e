import DownloadIcon from '@mui/icons-material/Download';
import OpenInNewIcon from '@mui/icons-material/OpenInNew';
import { Box, Button, Stack, Typography } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import { SectionTitle } from '../common/SectionTitle';
import { evidenceKind, evidenceUrl } from './evidence';
import type { ObservationRecord } from './types';

/** The screenshot, previewed; a PDF, offered for download. */
export const EvidencePanel = () => {
  const record = useRecordContext<ObservationRecord>();
  const translate = useTranslate();
  const t = (key: string) => translate(`resources.price-observations.evidence.${key}`);
  if (!record) return null;
  const kind = evidenceKind(record.evidence_type);
  return (
    <Box data-testid="evidence-panel">
      <SectionTitle label="resources.price-observations.evidence.title" />
      {!record.evidence_id && <Typography variant="body2" color="text.secondary">{t('none')}</Typography>}
      {record.evidence_id && kind === 'pdf' && (
        <Button variant="outlined" startIcon={<DownloadIcon />} href={evidenceUrl(record.evidence_id)} download data-testid="evidence-download">
          {t('download')}
        </Button>
      )}
      {record.evidence_id && kind !== 'pdf' && (
        <Stack spacing={1} alignItems="flex-start">
          <Box component="a" href={evidenceUrl(record.evidence_id)} target="_blank" rel="noopener">
            <Box component="img" src={evidenceUrl(record.evidence_id)} alt={t('alt')} data-testid="evidence-image"
              sx={{ maxWidth: 'min(100%, 480px)', maxHeight: 480, objectFit: 'contain', border: 1, borderColor: 'divider', borderRadius: 1, display: 'block' }} />
          </Box>
          <Button size="small" startIcon={<OpenInNewIcon />} href={evidenceUrl(record.evidence_id)} target="_blank" rel="noopener">{t('open')}</Button>
        </Stack>
      )}
    </Box>
  );
};
