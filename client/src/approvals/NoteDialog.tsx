import { Button, Dialog, DialogActions, DialogContent, DialogTitle, TextField, Typography } from '@mui/material';
import { useState } from 'react';
import { useTranslate } from 'react-admin';

interface Props {
  title: string;
  intro: string;
  label: string;
  confirmLabel: string;
  color: 'success' | 'error';
  busy: boolean;
  onCancel(): void;
  onConfirm(note: string): void;
}

/** Asks for the note a decision needs (a rejection, or approving one's own request). */
export const NoteDialog = ({ title, intro, label, confirmLabel, color, busy, onCancel, onConfirm }: Props) => {
  const translate = useTranslate();
  const [note, setNote] = useState('');
  return (
    <Dialog open onClose={busy ? undefined : onCancel} maxWidth="xs" fullWidth>
      <DialogTitle>{title}</DialogTitle>
      <DialogContent>
        <Typography variant="body2" sx={{ mb: 2 }}>{intro}</Typography>
        <TextField
          autoFocus
          fullWidth
          required
          multiline
          minRows={2}
          label={label}
          value={note}
          onChange={(e) => setNote(e.target.value)}
          slotProps={{ htmlInput: { maxLength: 500 } }}
        />
      </DialogContent>
      <DialogActions>
        <Button onClick={onCancel} disabled={busy}>{translate('ra.action.cancel')}</Button>
        <Button color={color} variant="contained" disabled={busy || !note.trim()} onClick={() => onConfirm(note.trim())}>
          {confirmLabel}
        </Button>
      </DialogActions>
    </Dialog>
  );
};
