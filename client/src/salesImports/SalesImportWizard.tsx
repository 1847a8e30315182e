import { Alert, Button, Card, CardContent, LinearProgress, Stack, Step, StepLabel, Stepper } from '@mui/material';
import { useState } from 'react';
import { Title, useLocaleState, useTranslate } from 'react-admin';
import { KIND_FIELDS, type SalesImportField, type SalesImportKind, type ValueField } from '../../../shared/sales-import';
import { renderServerMessage } from '../../../shared/server-messages';
import { ApiError } from '../prices/api';
import type { AnyImportPreview, ColumnMapping, SalesImportBody, SalesImportUpload, ValueMapping } from './api';
import { needsPriceOrAmount, SALES_IMPORT, type ImportFlavour } from './flavours';
import { MappingStep } from './MappingStep';
import { PreviewStep } from './PreviewStep';
import { RunStep } from './RunStep';
import { UploadStep } from './UploadStep';
import { useFollowJob } from './useFollowJob';

type WizardStep = 'upload' | 'mapping' | 'preview' | 'run';
const STEPS: WizardStep[] = ['upload', 'mapping', 'preview', 'run'];

/**
 * The import wizard: choose what the file holds and whose it is, upload, map columns (the
 * channel's saved mapping first), check the first rows and give unknown words a meaning, then
 * import with a progress bar that follows the job, answer the replace question, see the result.
 * `flavour` says which files it takes: sales files (`/sales-imports/create`, the default) or
 * price-watch sheets (`/price-observations/import`), each through its own endpoints.
 */
export const ImportWizard = ({ flavour = SALES_IMPORT }: { flavour?: ImportFlavour }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const t = (key: string, options?: object) => translate(`rx.salesData.${key}`, options);
  const { api } = flavour;
  const [step, setStep] = useState<WizardStep>('upload');
  const [kind, setKind] = useState<SalesImportKind>(flavour.kinds.includes('sell_through') ? 'sell_through' : flavour.kinds[0]);
  const [channelId, setChannelId] = useState<number | ''>('');
  const [upload, setUpload] = useState<SalesImportUpload | null>(null);
  const [mapping, setMapping] = useState<ColumnMapping>({});
  const [values, setValues] = useState<ValueMapping>({});
  const [preview, setPreview] = useState<AnyImportPreview | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<Error | null>(null);
  const { job, follow } = useFollowJob(null, api);

  const run = async (work: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    try {
      await work();
    } catch (e) {
      setError(e instanceof Error ? e : new Error(String(e)));
    } finally {
      setBusy(false);
    }
  };
  const body = (extra: Partial<SalesImportBody> = {}): SalesImportBody => ({ mapping, values, ...extra });
  const required = upload ? KIND_FIELDS[upload.kind].required : [];
  const mappingComplete = required.every((f) => mapping[f]) && (!upload || !needsPriceOrAmount(upload.kind) || !!mapping.unit_price || !!mapping.amount);

  const onFile = (file: File) => run(async () => {
    const uploaded = await api.upload(kind, Number(channelId), file);
    setUpload(uploaded);
    setMapping(uploaded.suggested_mapping);
    setValues(uploaded.suggested_values ?? {});
    setPreview(null);
    setStep('mapping');
  });
  const check = () => run(async () => {
    setPreview(await api.preview(upload!.id, body()));
    setStep('preview');
  });
  const start = (extra: Partial<SalesImportBody> = {}) => run(async () => {
    follow(await api.commit(upload!.id, body(extra)));
    setStep('run');
  });
  const setValue = (field: ValueField, word: string, meaning: string) =>
    setValues((v) => ({ ...v, [field]: { ...v[field], [word]: meaning } }));
  /** A run refused for rows the check did not reach: back to the check with their unknown words to give a meaning. */
  const reviewRowErrors = () => {
    const extra = new Map<string, AnyImportPreview['unknown_values'][number]>();
    for (const e of job?.row_errors ?? []) {
      const field = e.key === 'sales_row_status' ? 'status' : e.key === 'sales_row_customer_type' ? 'customer_type' : null;
      const value = e.params?.value;
      if (!field || value === undefined) continue;
      const key = `${field}:${value}`;
      extra.set(key, { field, value: String(value), count: (extra.get(key)?.count ?? 0) + 1 });
    }
    if (!extra.size || !preview) {
      setStep('mapping');
      return;
    }
    const known = new Set(preview.unknown_values.map((u) => `${u.field}:${u.value}`));
    setPreview({ ...preview, invalid_rows: Math.max(preview.invalid_rows, 1), unknown_values: [...preview.unknown_values, ...[...extra].filter(([k]) => !known.has(k)).map(([, u]) => u)] });
    setStep('preview');
  };
  const restart = () => {
    setStep('upload');
    setUpload(null);
    setPreview(null);
  };

  const errorText = error instanceof ApiError && error.key ? renderServerMessage(locale, error.key, error.params ?? {}) ?? error.message : error?.message;
  const active = job?.status === 'done' ? STEPS.length : STEPS.indexOf(step);
  return (
    <Card sx={{ mt: 2 }}>
      <Title title={translate(flavour.title)} />
      <CardContent>
        <Stepper activeStep={active} sx={{ mb: 3 }}>
          {STEPS.map((s) => <Step key={s}><StepLabel>{t(`steps.${s}`)}</StepLabel></Step>)}
        </Stepper>
        {busy && step !== 'run' && <LinearProgress sx={{ mb: 2 }} />}
        {error && <Alert severity="error" sx={{ mb: 2 }} data-testid="sales-import-error">{errorText}</Alert>}
        {step === 'upload' && (
          <UploadStep kinds={flavour.kinds} kind={kind} channelId={channelId} busy={busy} onKind={setKind} onChannel={setChannelId} onFile={onFile} />
        )}
        {step === 'mapping' && upload && (
          <MappingStep upload={upload} mapping={mapping} onChange={(field: SalesImportField, header) => { setMapping((m) => ({ ...m, [field]: header })); setPreview(null); }} />
        )}
        {step === 'preview' && upload && preview && (
          <PreviewStep api={api} jobId={upload.id} kind={upload.kind} preview={preview} values={values} busy={busy} onValue={setValue} onRecheck={check} />
        )}
        {step === 'run' && job && (
          <RunStep
            api={api}
            job={job}
            busy={busy}
            onAnswer={(replace) => start({ replace_period: replace })}
            onRetry={() => start()}
            onChangeMapping={job.row_errors.length ? reviewRowErrors : undefined}
          />
        )}
        <Stack direction="row" spacing={1} sx={{ mt: 3 }}>
          {(step === 'mapping' || step === 'preview') && (
            <Button onClick={() => setStep(step === 'preview' ? 'mapping' : 'upload')} disabled={busy}>{t('back')}</Button>
          )}
          {step === 'mapping' && (
            <Button variant="contained" onClick={check} disabled={busy || !mappingComplete} data-testid="sales-import-check">{t('check')}</Button>
          )}
          {step === 'preview' && preview && (
            <Button
              variant="contained"
              onClick={() => start()}
              disabled={busy || preview.invalid_rows > 0}
              data-testid="sales-import-start"
            >
              {t('start', { smart_count: preview.total_rows })}
            </Button>
          )}
          {step === 'run' && job?.status === 'done' && <Button onClick={restart}>{t('another')}</Button>}
        </Stack>
      </CardContent>
    </Card>
  );
};

/** `/sales-imports/create`: the wizard of sales files. */
export const SalesImportWizard = () => <ImportWizard flavour={SALES_IMPORT} />;

export default SalesImportWizard;
