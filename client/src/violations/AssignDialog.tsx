import { Autocomplete, Button, Dialog, DialogActions, DialogContent, DialogTitle, TextField } from '@mui/material';
import { useState } from 'react';
import { useTranslate } from 'react-admin';
import { useAssignees, type Assignee } from './useAssignees';

interface Props {
  count: number;
  current?: number | null;
  busy: boolean;
  onCancel(): void;
  onConfirm(userId: number | null): void;
}

/** Picks who takes the violations; choosing nobody unassigns them. */
export const AssignDialog = ({ count, current = null, busy, onCancel, onConfirm }: Props) => {
  const translate = useTranslate();
  const { data: people, isPending } = useAssignees();
  const [chosen, setChosen] = useState<Assignee | null | undefined>(undefined);
  const value = chosen === undefined ? (people.find((p) => p.id === current) ?? null) : chosen;
  return (
    <Dialog open onClose={busy ? undefined : onCancel} maxWidth="xs" fullWidth data-testid="assign-dialog" onClick={(e) => e.stopPropagation()}>
      <DialogTitle>{translate('rx.violations.dialog.assign_title', { smart_count: count })}</DialogTitle>
      <DialogContent>
        <Autocomplete
          options={people}
          loading={isPending}
          value={value}
          onChange={(_e, next) => setChosen(next)}
          getOptionLabel={(p) => p.name}
          isOptionEqualToValue={(a, b) => a.id === b.id}
          renderInput={(params) => (
            <TextField {...params} autoFocus label={translate('rx.violations.dialog.assignee')} placeholder={translate('rx.violations.dialog.nobody')} sx={{ mt: 1 }} />
          )}
          data-testid="assign-user"
        />
      </DialogContent>
      <DialogActions>
        <Button onClick={onCancel} disabled={busy}>{translate('ra.action.cancel')}</Button>
        <Button variant="contained" disabled={busy || isPending} onClick={() => onConfirm(value?.id ?? null)} data-testid="assign-confirm">
          {translate('rx.violations.actions.assign')}
        </Button>
      </DialogActions>
    </Dialog>
  );
};
