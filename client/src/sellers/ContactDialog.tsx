import { Button, Dialog, DialogActions, DialogContent, DialogTitle, MenuItem, Stack, TextField } from '@mui/material';
import { useState } from 'react';
import { useTranslate } from 'react-admin';
import { SellerContactInput } from '../../../shared/compliance-schemas';
import { contactKindChoices } from './choices';

interface Props {
  sellerName: string;
  busy: boolean;
  onCancel(): void;
  onSave(contact: { kind: string; note: string }): void;
}

/** How the conversation went and what was said; the time is now (the server stamps it). */
export const ContactDialog = ({ sellerName, busy, onCancel, onSave }: Props) => {
  const translate = useTranslate();
  const t = (key: string, options?: object) => translate(`resources.sellers.contacts.${key}`, options);
  const [kind, setKind] = useState('call');
  const [note, setNote] = useState('');
  const valid = SellerContactInput.safeParse({ kind, note }).success;
  return (
    <Dialog open onClose={busy ? undefined : onCancel} maxWidth="sm" fullWidth data-testid="contact-dialog">
      <DialogTitle>{t('dialog_title', { name: sellerName })}</DialogTitle>
      <DialogContent>
        <Stack spacing={2} sx={{ pt: 1 }}>
          <TextField select label={t('kind')} value={kind} onChange={(e) => setKind(e.target.value)} sx={{ maxWidth: 280 }}
            slotProps={{ htmlInput: { 'data-testid': 'contact-kind' } }}>
            {contactKindChoices.map((c) => <MenuItem key={c.id} value={c.id}>{translate(c.name)}</MenuItem>)}
          </TextField>
          <TextField autoFocus required multiline minRows={3} label={t('note')} value={note} onChange={(e) => setNote(e.target.value)}
            helperText={t('note_help')} slotProps={{ htmlInput: { maxLength: 2000, 'data-testid': 'contact-note' } }} />
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onCancel} disabled={busy}>{translate('ra.action.cancel')}</Button>
        <Button variant="contained" disabled={busy || !valid} onClick={() => onSave({ kind, note: note.trim() })} data-testid="contact-save">
          {translate('ra.action.save')}
        </Button>
      </DialogActions>
    </Dialog>
  );
};
