import { Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle, MenuItem, TextField } from '@mui/material';
import EditIcon from '@mui/icons-material/EditNoteOutlined';
import { useState } from 'react';
import { useListContext, useNotify, useRefresh, useTranslate, useUnselectAll } from 'react-admin';
import { ApiError } from '../prices/api';
import { serverMessageKey } from '../providers/serverMessages';
import { scopeChoices, statusChoices } from './choices';

type Field = 'status' | 'channel_scope';

/** POST /api/skus/bulk-update: every selected SKU or none. */
async function bulkUpdate(ids: readonly unknown[], changes: Partial<Record<Field, string>>) {
  const res = await fetch('/api/skus/bulk-update', {
    method: 'POST',
    credentials: 'include',
    headers: { Accept: 'application/json', 'Content-Type': 'application/json' },
    body: JSON.stringify({ ids, changes }),
  });
  const body = await res.json().catch(() => ({}));
  if (!res.ok) throw new ApiError(body.message ?? res.statusText, res.status, body.errors ?? {}, body.key);
  return body as { updated: number };
}

/** "Set status…" or "Set channel scope…" for the selected SKUs, confirmed in a dialog. */
const BulkSetButton = ({ field }: { field: Field }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const unselectAll = useUnselectAll('skus');
  const { selectedIds } = useListContext();
  const [open, setOpen] = useState(false);
  const [value, setValue] = useState('');
  const [saving, setSaving] = useState(false);
  const options = field === 'status' ? statusChoices : scopeChoices;
  const fieldLabel = translate(`resources.skus.fields.${field}`);

  const apply = async () => {
    setSaving(true);
    try {
      const { updated } = await bulkUpdate(selectedIds, { [field]: value });
      notify('rx.skus.bulk.done', { type: 'success', messageArgs: { smart_count: updated } });
      setOpen(false);
      unselectAll();
      refresh();
    } catch (e) {
      notify(e instanceof Error ? serverMessageKey(e.message) : String(e), { type: 'error' });
    } finally {
      setSaving(false);
    }
  };

  return (
    <>
      <Button size="small" startIcon={<EditIcon />} onClick={() => { setValue(''); setOpen(true); }} data-testid={`bulk-set-${field}`}>
        {translate('rx.skus.bulk.set', { field: fieldLabel })}
      </Button>
      <Dialog open={open} onClose={saving ? undefined : () => setOpen(false)} maxWidth="xs" fullWidth>
        <DialogTitle>{translate('rx.skus.bulk.title', { field: fieldLabel })}</DialogTitle>
        <DialogContent>
          <DialogContentText sx={{ mb: 2 }}>{translate('rx.skus.bulk.intro', { smart_count: selectedIds.length, field: fieldLabel })}</DialogContentText>
          <TextField select fullWidth label={fieldLabel} value={value} onChange={(e) => setValue(e.target.value)} slotProps={{ htmlInput: { 'data-testid': `bulk-value-${field}` } }}>
            {options.map((c) => <MenuItem key={c.id} value={c.id}>{translate(c.name)}</MenuItem>)}
          </TextField>
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setOpen(false)} disabled={saving}>{translate('ra.action.cancel')}</Button>
          <Button variant="contained" onClick={apply} disabled={saving || !value}>{translate('rx.skus.bulk.apply', { smart_count: selectedIds.length })}</Button>
        </DialogActions>
      </Dialog>
    </>
  );
};

export const SkuBulkActions = () => (
  <>
    <BulkSetButton field="status" />
    <BulkSetButton field="channel_scope" />
  </>
);
