import AttachFileIcon from '@mui/icons-material/AttachFile';
import { Button, Stack, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';

/** File chooser: uploading starts as soon as a file is picked. */
export const ImportUploadStep = ({ busy, onFile }: { busy: boolean; onFile(file: File): void }) => {
  const translate = useTranslate();
  return (
    <Stack spacing={2} alignItems="flex-start">
      <Typography variant="body2" color="text.secondary">{translate('rx.import.file_help')}</Typography>
      <Button component="label" variant="contained" startIcon={<AttachFileIcon />} disabled={busy}>
        {translate('rx.import.choose_file')}
        <input
          hidden
          type="file"
          accept=".xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv"
          data-testid="price-import-file"
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = '';
            if (file) onFile(file);
          }}
        />
      </Button>
    </Stack>
  );
};
