import { Alert, Button, Dialog, DialogActions, DialogContent, DialogTitle, LinearProgress, Step, StepLabel, Stepper } from '@mui/material';
import { useTranslate } from 'react-admin';
import { ApiError, pricingApi } from './api';
import { ImportCommitStep } from './ImportCommitStep';
import { ImportMappingStep } from './ImportMappingStep';
import { ImportPreviewStep } from './ImportPreviewStep';
import { ImportUploadStep } from './ImportUploadStep';
import { RecentImports } from './RecentImports';
import { useImportWizard, type ImportStep } from './useImportWizard';
import { useServerText } from './useServerText';

const STEPS: ImportStep[] = ['upload', 'mapping', 'preview', 'commit'];

interface Props {
  onClose(): void;
  /** Called once prices were written, so the matrix can reload. */
  onImported(): void;
}

/** Channel prices from an XLSX/CSV file: upload, map columns, check every row, then import all or nothing. */
export const ImportPricesDialog = ({ onClose, onImported }: Props) => {
  const translate = useTranslate();
  const serverText = useServerText();
  const wizard = useImportWizard();
  const { step, upload, mapping, preview, result, busy, error } = wizard;
  const fieldErrors = Object.fromEntries(
    Object.entries(error instanceof ApiError ? error.errors : {}).map(([field, message]) => [field, serverText(message)]),
  );
  // Our own commit request is running; a commit we only follow (or one that stopped) may be left.
  const committing = step === 'commit' && !result && busy;
  const columnsMapped = !!mapping && (mapping.layout === 'wide' ? mapping.channel_columns.length > 0 : !!mapping.channel && !!mapping.price);
  const mappingComplete = !!mapping && !!mapping.sku && columnsMapped && (!!mapping.effective_from || !!mapping.default_effective_from);

  const close = () => {
    if (result || wizard.following) onImported(); // a followed commit may finish after we leave
    onClose();
  };

  return (
    <Dialog open onClose={committing || busy ? undefined : close} maxWidth="md" fullWidth>
      <DialogTitle>{translate('rx.import.title')}</DialogTitle>
      <DialogContent dividers>
        <Stepper activeStep={result ? STEPS.length : STEPS.indexOf(step)} sx={{ mb: 3 }}>
          {STEPS.map((s) => (
            <Step key={s}>
              <StepLabel>{translate(`rx.import.steps.${s}`)}</StepLabel>
            </Step>
          ))}
        </Stepper>
        {busy && step !== 'commit' && <LinearProgress sx={{ mb: 2 }} />}
        {error && !Object.keys(fieldErrors).some((f) => f in (mapping ?? {})) && (
          <Alert severity="error" sx={{ mb: 2 }}>{translate('rx.import.failed', { message: serverText(error.message) })}</Alert>
        )}
        {step === 'upload' && (
          <>
            <ImportUploadStep busy={busy} onFile={wizard.uploadFile} />
            <RecentImports onOpen={busy ? undefined : wizard.open} />
          </>
        )}
        {step === 'mapping' && upload && mapping && (
          <ImportMappingStep upload={upload} mapping={mapping} errors={fieldErrors} onChange={wizard.setMapping} />
        )}
        {step === 'preview' && preview && upload && <ImportPreviewStep preview={preview} errorsUrl={pricingApi.errorsUrl(upload.id)} />}
        {step === 'commit' && (
          <ImportCommitStep progress={wizard.progress} result={result} following={wizard.following} stalled={wizard.stalled} />
        )}
      </DialogContent>
      <DialogActions>
        {(step === 'mapping' || step === 'preview') && (
          <Button onClick={wizard.back} disabled={busy}>{translate('rx.import.back')}</Button>
        )}
        <Button onClick={close} disabled={committing || busy}>
          {translate(result ? 'rx.import.close' : 'ra.action.cancel')}
        </Button>
        {step === 'mapping' && (
          <Button variant="contained" onClick={wizard.check} disabled={busy || !mappingComplete}>{translate('rx.import.preview')}</Button>
        )}
        {step === 'preview' && preview && (
          <Button variant="contained" onClick={wizard.commit} disabled={busy || preview.invalid_rows > 0 || preview.changes === 0}>
            {translate('rx.import.commit', { smart_count: preview.changes })}
          </Button>
        )}
        {step === 'commit' && !result && wizard.stalled && (
          <Button variant="contained" onClick={wizard.resume} disabled={busy || !wizard.canResume} data-testid="import-resume">
            {translate('rx.import.resume')}
          </Button>
        )}
      </DialogActions>
    </Dialog>
  );
};
