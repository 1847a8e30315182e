import AttachFileIcon from '@mui/icons-material/AttachFile';
import { Alert, Button, FormControl, FormControlLabel, FormHelperText, FormLabel, MenuItem, Radio, RadioGroup, Stack, TextField, Typography } from '@mui/material';
import { useGetList, useTranslate } from 'react-admin';
import type { SalesImportKind } from '../../../shared/sales-import';

interface Props {
  /** The kinds of file this wizard takes; with one there is nothing to choose. */
  kinds: readonly SalesImportKind[];
  kind: SalesImportKind;
  channelId: number | '';
  busy: boolean;
  onKind(kind: SalesImportKind): void;
  onChannel(id: number): void;
  onFile(file: File): void;
}

/**
 * What the file holds and whose it is, then the file (reading starts as soon as one is picked).
 * Sales files name a kind and their channel; a price-watch sheet names the channel where its prices were seen.
 */
export const UploadStep = ({ kinds, kind, channelId, busy, onKind, onChannel, onFile }: Props) => {
  const translate = useTranslate();
  const t = (key: string, options?: object) => translate(`rx.salesData.${key}`, options);
  const observations = kind === 'observations';
  const { data: channels = [] } = useGetList('channels', { pagination: { page: 1, perPage: 500 }, sort: { field: 'name', order: 'ASC' }, filter: { active: true } });
  // Sell-through comes from distributors; platform orders from online stores. Both lists stay complete.
  // Prices are watched on every channel: a price-watch sheet keeps the list by name.
  const sorted = observations ? channels : [...channels].sort((a, b) => Number(kind === 'sell_through' ? b.platform === 'distributor' : b.type === 'online')
    - Number(kind === 'sell_through' ? a.platform === 'distributor' : a.type === 'online'));
  const channel = channels.find((c) => c.id === channelId);
  return (
    <Stack spacing={3} sx={{ maxWidth: 720 }}>
      {kinds.length === 1 ? (
        <Typography variant="body2" color="text.secondary" data-testid={`sales-import-kind-${kind}`}>{t(`kind_help.${kind}`)}</Typography>
      ) : (
        <FormControl>
          <FormLabel>{t('kind_label')}</FormLabel>
          <RadioGroup value={kind} onChange={(e) => onKind(e.target.value as SalesImportKind)}>
            {kinds.map((k) => (
              <FormControlLabel
                key={k}
                value={k}
                control={<Radio />}
                data-testid={`sales-import-kind-${k}`}
                label={(
                  <span>
                    <Typography component="span" variant="body1">{translate(`resources.sales-imports.choices.kind.${k}`)}</Typography>
                    <Typography component="span" variant="body2" color="text.secondary" sx={{ display: 'block' }}>{t(`kind_help.${k}`)}</Typography>
                  </span>
                )}
                sx={{ alignItems: 'flex-start', mb: 1, '& .MuiRadio-root': { pt: 0.5 } }}
              />
            ))}
          </RadioGroup>
        </FormControl>
      )}
      <TextField
        select
        label={t('channel_label')}
        value={channelId}
        onChange={(e) => onChannel(Number(e.target.value))}
        helperText={t(observations ? 'observations.channel_help' : 'channel_help')}
        sx={{ maxWidth: 420 }}
        slotProps={{ select: { MenuProps: { slotProps: { paper: { sx: { maxHeight: 360 } } } } }, htmlInput: { 'data-testid': 'sales-import-channel' } }}
      >
        {sorted.map((c) => <MenuItem key={c.id} value={c.id}>{c.name}</MenuItem>)}
      </TextField>
      {observations && channel?.operated_by && (
        <Alert severity={channel.operated_by === 'company' ? 'warning' : 'info'} sx={{ maxWidth: 720 }} data-testid="sales-import-operated">
          {t(`observations.operated.${channel.operated_by}`)}
        </Alert>
      )}
      <FormControl>
        <Button component="label" variant="contained" startIcon={<AttachFileIcon />} disabled={busy || channelId === ''} sx={{ alignSelf: 'flex-start' }}>
          {busy ? t('uploading') : t('choose_file')}
          <input
            hidden
            type="file"
            accept=".xlsx,.csv,.txt,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv"
            data-testid="sales-import-file"
            onChange={(e) => {
              const file = e.target.files?.[0];
              e.target.value = '';
              if (file) onFile(file);
            }}
          />
        </Button>
        <FormHelperText>{t(observations ? 'observations.file_help' : 'file_help')}</FormHelperText>
      </FormControl>
    </Stack>
  );
};
