import { Button, Dialog, DialogActions, DialogContent, DialogTitle, TextField, Typography } from '@mui/material';
import { useState } from 'react';
import { useTranslate } from 'react-admin';

interface Props {
  title: string;
  intro?: string;
  label: string;
  confirmLabel: string;
  maxLength: number;
  busy: boolean;
  testId: string;
  onCancel(): void;
  onConfirm(text: string): void;
}

/** Asks for a required text (a waiver's reason, a comment); the confirm button waits for one. */
export const TextDialog = ({ title, intro, label, confirmLabel, maxLength, busy, testId, onCancel, onConfirm }: Props) => {
  const translate = useTranslate();
  const [text, setText] = useState('');
  return (
    <Dialog open onClose={busy ? undefined : onCancel} maxWidth="sm" fullWidth data-testid={testId} onClick={(e) => e.stopPropagation()}>
      <DialogTitle>{title}</DialogTitle>
      <DialogContent>
        {intro && <Typography variant="body2" sx={{ mb: 2 }}>{intro}</Typography>}
        <TextField
          autoFocus
          fullWidth
          required
          multiline
          minRows={3}
          label={label}
          value={text}
          onChange={(e) => setText(e.target.value)}
          slotProps={{ htmlInput: { maxLength, 'data-testid': `${testId}-text` } }}
          sx={{ mt: intro ? 0 : 1 }}
        />
      </DialogContent>
      <DialogActions>
        <Button onClick={onCancel} disabled={busy}>{translate('ra.action.cancel')}</Button>
        <Button variant="contained" disabled={busy || !text.trim()} onClick={() => onConfirm(text.trim())} data-testid={`${testId}-confirm`}>
          {confirmLabel}
        </Button>
      </DialogActions>
    </Dialog>
  );
};
