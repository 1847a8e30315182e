import AttachFileIcon from '@mui/icons-material/AttachFile';
import DownloadIcon from '@mui/icons-material/Download';
import { Button, Stack, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { pricingApi, type ImportLayout } from './api';

const LAYOUTS: ImportLayout[] = ['wide', 'long'];

/** File chooser (uploading starts as soon as a file is picked) and templates in both layouts. */
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
      <Stack direction="row" spacing={1} alignItems="center" flexWrap="wrap" useFlexGap>
        <Typography variant="body2" color="text.secondary">{translate('rx.import.templates')}</Typography>
        {LAYOUTS.map((layout) => (
          <Button key={layout} size="small" startIcon={<DownloadIcon />} href={pricingApi.templateUrl(layout)} download data-testid={`import-template-${layout}`}>
            {translate(`rx.import.template.${layout}`)}
          </Button>
        ))}
      </Stack>
    </Stack>
  );
};
