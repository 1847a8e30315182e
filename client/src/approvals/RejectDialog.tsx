import { Button, Dialog, DialogActions, DialogContent, DialogTitle, TextField, Typography } from '@mui/material';
import { useState } from 'react';
import { useTranslate } from 'react-admin';

interface Props {
  count: number;
  busy: boolean;
  onCancel(): void;
  onConfirm(note: string): void;
}

/** Rejecting needs a reason: the requester sees it in the price history. */
export const RejectDialog = ({ count, busy, onCancel, onConfirm }: Props) => {
  const translate = useTranslate();
  const [note, setNote] = useState('');
  return (
    <Dialog open onClose={busy ? undefined : onCancel} maxWidth="xs" fullWidth>
      <DialogTitle>{translate('rx.approvals.reject_title')}</DialogTitle>
      <DialogContent>
        <Typography variant="body2" sx={{ mb: 2 }}>{translate('rx.approvals.reject_intro', { smart_count: count })}</Typography>
        <TextField
          autoFocus
          fullWidth
          required
          multiline
          minRows={2}
          label={translate('rx.approvals.reject_reason')}
          value={note}
          onChange={(e) => setNote(e.target.value)}
          slotProps={{ htmlInput: { maxLength: 500 } }}
        />
      </DialogContent>
      <DialogActions>
        <Button onClick={onCancel} disabled={busy}>{translate('ra.action.cancel')}</Button>
        <Button color="error" variant="contained" disabled={busy || !note.trim()} onClick={() => onConfirm(note.trim())}>
          {translate('rx.approvals.reject')}
        </Button>
      </DialogActions>
    </Dialog>
  );
};
