import ContentCopyIcon from '@mui/icons-material/ContentCopy';
import KeyIcon from '@mui/icons-material/VpnKeyOutlined';
import { Alert, Box, Button, Dialog, DialogActions, DialogContent, DialogTitle, IconButton, Stack, TextField, Typography } from '@mui/material';
import { useState } from 'react';
import { Confirm, useCanAccess, useNotify, useRecordContext, useRefresh, useTranslate } from 'react-admin';
import { CompanyDateField } from '../common/CompanyDateField';

async function call(method: 'POST' | 'DELETE', channelId: number): Promise<{ key?: string }> {
  const res = await fetch(`/api/channels/${channelId}/api-key`, { method, credentials: 'include', headers: { Accept: 'application/json' } });
  const body = await res.json().catch(() => ({}));
  if (!res.ok) throw new Error(body.message ?? res.statusText);
  return body;
}

/**
 * The channel's ingest key (admins): whether one exists and since when, create or rotate (the new
 * key is shown once, to copy into the channel's system), and revoke. Others see only whether a key exists.
 */
export const ApiKeyPanel = () => {
  const record = useRecordContext<{ id: number; api_key_prefix: string | null; api_key_created_at: string | null }>();
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const { canAccess } = useCanAccess({ resource: 'channel-api-keys', action: 'create' });
  const [shownKey, setShownKey] = useState<string | null>(null);
  const [confirm, setConfirm] = useState<'rotate' | 'revoke' | null>(null);
  const [busy, setBusy] = useState(false);
  if (!record) return null;
  const t = (key: string, options?: object) => translate(`rx.apiKey.${key}`, options);
  const run = async (method: 'POST' | 'DELETE') => {
    setBusy(true);
    try {
      const answer = await call(method, record.id);
      if (answer.key) setShownKey(answer.key);
      else notify(t('revoked'), { type: 'info' });
      refresh();
    } catch (e) {
      notify((e as Error).message, { type: 'error' });
    } finally {
      setBusy(false);
      setConfirm(null);
    }
  };
  return (
    <Box sx={{ mt: 2, p: 2, border: 1, borderColor: 'divider', borderRadius: 1, maxWidth: 720 }} data-testid="api-key-panel">
      <Stack direction="row" spacing={1} alignItems="center" sx={{ mb: 1 }}>
        <KeyIcon fontSize="small" color="action" />
        <Typography variant="subtitle2">{t('title')}</Typography>
      </Stack>
      {record.api_key_prefix ? (
        <Typography variant="body2" sx={{ mb: 1 }}>
          {t('exists', { prefix: `rxk_${record.api_key_prefix}_…` })} <CompanyDateField source="api_key_created_at" showTime />
        </Typography>
      ) : <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>{t('none')}</Typography>}
      <Typography variant="caption" color="text.secondary" component="p" sx={{ mb: 1 }}>{t('help')}</Typography>
      {canAccess && (
        <Stack direction="row" spacing={1}>
          <Button size="small" variant="outlined" disabled={busy} data-testid="api-key-create"
            onClick={() => (record.api_key_prefix ? setConfirm('rotate') : run('POST'))}>
            {record.api_key_prefix ? t('rotate') : t('create')}
          </Button>
          {record.api_key_prefix && <Button size="small" color="error" disabled={busy} onClick={() => setConfirm('revoke')} data-testid="api-key-revoke">{t('revoke')}</Button>}
        </Stack>
      )}
      <Confirm
        isOpen={confirm !== null}
        title={confirm === 'revoke' ? t('revoke') : t('rotate')}
        content={confirm === 'revoke' ? t('revoke_confirm') : t('rotate_confirm')}
        onConfirm={() => run(confirm === 'revoke' ? 'DELETE' : 'POST')}
        onClose={() => setConfirm(null)}
      />
      <Dialog open={shownKey !== null} onClose={() => setShownKey(null)} maxWidth="sm" fullWidth>
        <DialogTitle>{t('new_title')}</DialogTitle>
        <DialogContent>
          <Alert severity="warning" sx={{ mb: 2 }}>{t('shown_once')}</Alert>
          <TextField
            fullWidth value={shownKey ?? ''} slotProps={{
              htmlInput: { readOnly: true, 'data-testid': 'api-key-value', style: { fontFamily: 'monospace' } },
              input: { endAdornment: <IconButton aria-label={t('copy')} onClick={() => navigator.clipboard?.writeText(shownKey ?? '')}><ContentCopyIcon /></IconButton> },
            }}
          />
        </DialogContent>
        <DialogActions><Button onClick={() => setShownKey(null)}>{translate('ra.action.close')}</Button></DialogActions>
      </Dialog>
    </Box>
  );
};
