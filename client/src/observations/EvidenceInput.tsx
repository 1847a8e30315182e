import AttachFileIcon from '@mui/icons-material/AttachFile';
import PdfIcon from '@mui/icons-material/PictureAsPdfOutlined';
import { Box, Button, Chip, FormHelperText, LinearProgress, Stack, Typography } from '@mui/material';
import { useEffect, useState } from 'react';
import { useInput, useTranslate } from 'react-admin';
import { ApiError } from '../prices/api';
import { serverMessageKey } from '../providers/serverMessages';
import { useIntlLocale } from '../common/useIntlLocale';
import { uploadEvidence } from './api';
import { EVIDENCE_ACCEPT, evidenceKind, evidenceProblem, fileSize } from './evidence';
import type { EvidenceFile } from './types';

interface Picked extends EvidenceFile { preview: string | null }

/**
 * The screenshot or PDF backing an observation: uploaded as soon as it is picked (POST /api/evidence),
 * its id kept in `evidence_id`; the file's name, type and size (and a thumbnail of an image) shown.
 */
export const EvidenceInput = ({ source = 'evidence_id' }: { source?: string }) => {
  const { field, fieldState } = useInput({ source });
  const translate = useTranslate();
  const locale = useIntlLocale();
  const t = (key: string) => translate(`resources.price-observations.evidence.${key}`);
  const [picked, setPicked] = useState<Picked | null>(null);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(() => () => { if (picked?.preview) URL.revokeObjectURL(picked.preview); }, [picked]);

  const upload = async (file: File) => {
    const local = evidenceProblem(file);
    if (local) return setProblem(t(local));
    setProblem(null);
    setBusy(true);
    try {
      const stored = await uploadEvidence(file);
      const preview = evidenceKind(stored.content_type) === 'image' ? URL.createObjectURL(file) : null;
      setPicked({ ...stored, original_name: stored.original_name ?? file.name, preview });
      field.onChange(stored.id);
    } catch (e) {
      const key = e instanceof ApiError && e.status === 413 ? 'resources.price-observations.evidence.too_large' : serverMessageKey((e as Error).message);
      setProblem(translate(e instanceof ApiError && e.errors.file ? serverMessageKey(e.errors.file) : key, { _: (e as Error).message }));
    } finally {
      setBusy(false);
    }
  };
  const clear = () => {
    setPicked(null);
    field.onChange(null);
  };
  const kind = picked && evidenceKind(picked.content_type);

  return (
    <Box sx={{ mb: 2 }} data-testid="evidence-input">
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>{t('title')}</Typography>
      <Stack direction="row" spacing={2} alignItems="center" flexWrap="wrap" useFlexGap>
        <Button component="label" variant="outlined" startIcon={<AttachFileIcon />} disabled={busy}>
          {busy ? t('uploading') : picked ? t('replace') : t('choose')}
          <input
            hidden
            type="file"
            accept={EVIDENCE_ACCEPT}
            data-testid="evidence-file"
            onChange={(e) => {
              const file = e.target.files?.[0];
              e.target.value = '';
              if (file) void upload(file);
            }}
          />
        </Button>
        {picked && (
          <Stack direction="row" spacing={1} alignItems="center" data-testid="evidence-picked">
            {picked.preview
              ? <Box component="img" src={picked.preview} alt={t('alt')} sx={{ height: 48, maxWidth: 96, objectFit: 'cover', borderRadius: 0.5, border: 1, borderColor: 'divider' }} />
              : <PdfIcon color="action" />}
            <Box>
              <Typography variant="body2" sx={{ wordBreak: 'break-all' }}>{picked.original_name}</Typography>
              <Typography variant="caption" color="text.secondary">{`${kind ? t(kind) : picked.content_type} · ${fileSize(picked.size, locale)}`}</Typography>
            </Box>
            <Chip size="small" label={t('remove')} onDelete={clear} onClick={clear} variant="outlined" />
          </Stack>
        )}
      </Stack>
      {busy && <LinearProgress sx={{ mt: 1, maxWidth: 320 }} />}
      <FormHelperText error={!!problem || !!fieldState.error}>
        {problem ?? (fieldState.error?.message ? translate(fieldState.error.message) : t('help'))}
      </FormHelperText>
    </Box>
  );
};
