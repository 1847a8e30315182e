import { Button, Checkbox, Dialog, DialogActions, DialogContent, DialogTitle, FormControlLabel, FormGroup, Typography } from '@mui/material';
import { useState } from 'react';
import { useTranslate } from 'react-admin';
import { COMPLAINT_GROUNDS, type ComplaintGround } from '../../../shared/compliance';

interface Props {
  current: ComplaintGround[] | null;
  busy: boolean;
  onCancel(): void;
  onConfirm(grounds: ComplaintGround[]): void;
}

/** The grounds a platform complaint against an unauthorised store rests on (none clears them). */
export const GroundsDialog = ({ current, busy, onCancel, onConfirm }: Props) => {
  const translate = useTranslate();
  const [chosen, setChosen] = useState<ComplaintGround[]>(current ?? []);
  const toggle = (g: ComplaintGround) => setChosen((list) => (list.includes(g) ? list.filter((x) => x !== g) : [...list, g]));
  return (
    <Dialog open onClose={busy ? undefined : onCancel} maxWidth="xs" fullWidth data-testid="grounds-dialog">
      <DialogTitle>{translate('rx.violations.dialog.grounds_title')}</DialogTitle>
      <DialogContent>
        <Typography variant="body2" sx={{ mb: 1 }}>{translate('rx.violations.dialog.grounds_intro')}</Typography>
        <FormGroup>
          {COMPLAINT_GROUNDS.map((g) => (
            <FormControlLabel key={g} control={<Checkbox checked={chosen.includes(g)} onChange={() => toggle(g)} />} label={translate(`resources.violations.choices.grounds.${g}`)} />
          ))}
        </FormGroup>
      </DialogContent>
      <DialogActions>
        <Button onClick={onCancel} disabled={busy}>{translate('ra.action.cancel')}</Button>
        <Button variant="contained" disabled={busy} onClick={() => onConfirm(COMPLAINT_GROUNDS.filter((g) => chosen.includes(g)))} data-testid="grounds-confirm">
          {translate('rx.violations.dialog.save')}
        </Button>
      </DialogActions>
    </Dialog>
  );
};
