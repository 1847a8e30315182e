import ImageIcon from '@mui/icons-material/ImageOutlined';
import PdfIcon from '@mui/icons-material/PictureAsPdfOutlined';
import { IconButton, Tooltip } from '@mui/material';
import { useRecordContext, useTranslate, type FieldProps } from 'react-admin';
import { evidenceKind, evidenceUrl } from './evidence';
import type { ObservationRecord } from './types';

/** A list cell: an icon opening the screenshot (or downloading the PDF) without opening the row. */
export const EvidenceLink = (_props: Partial<FieldProps>) => {
  const record = useRecordContext<ObservationRecord>();
  const translate = useTranslate();
  if (!record?.evidence_id) return null;
  const pdf = evidenceKind(record.evidence_type) === 'pdf';
  return (
    <Tooltip title={translate(pdf ? 'resources.price-observations.evidence.download' : 'resources.price-observations.open_evidence')}>
      <IconButton size="small" component="a" href={evidenceUrl(record.evidence_id)} target="_blank" rel="noopener"
        onClick={(e) => e.stopPropagation()} aria-label={translate('resources.price-observations.open_evidence')}>
        {pdf ? <PdfIcon fontSize="small" /> : <ImageIcon fontSize="small" />}
      </IconButton>
    </Tooltip>
  );
};
