import { Button, Stack, Tooltip } from '@mui/material';
import { useState } from 'react';
import { useTranslate } from 'react-admin';
import { NoteDialog } from './NoteDialog';

interface Props {
  /** The approver's own request: approving asks for a note. */
  own: boolean;
  /** Their own while the company requires a second approver: both buttons off, with `blockedTitle` as the reason. */
  blocked: boolean;
  blockedTitle: string;
  /** Titles and intro of the note dialogs (already translated). */
  selfApproveTitle: string;
  rejectTitle: string;
  rejectIntro: string;
  onDecide(decision: 'approve' | 'reject', note?: string): Promise<void>;
  size?: 'small' | 'medium';
  approveVariant?: 'contained' | 'outlined';
  testIdPrefix?: string;
}

/**
 * Approve and Reject for one waiting change (a policy lowering, a promotion): rejecting always asks
 * for a reason, approving one's own (when the company allows it) for a note.
 */
export const ApproveRejectButtons = ({
  own, blocked, blockedTitle, selfApproveTitle, rejectTitle, rejectIntro, onDecide, size = 'small', approveVariant = 'outlined', testIdPrefix,
}: Props) => {
  const translate = useTranslate();
  const [dialog, setDialog] = useState<'approve' | 'reject' | null>(null);
  const [busy, setBusy] = useState(false);
  const decide = async (decision: 'approve' | 'reject', note?: string) => {
    setBusy(true);
    try {
      await onDecide(decision, note);
    } finally {
      setBusy(false);
      setDialog(null);
    }
  };
  const testId = (name: string) => (testIdPrefix ? `${testIdPrefix}-${name}` : undefined);
  return (
    <Tooltip title={blocked ? blockedTitle : ''}>
      <Stack direction="row" spacing={1} component="span" onClick={(e) => e.stopPropagation()}>
        <Button size={size} color="success" variant={approveVariant} disableElevation disabled={busy || blocked} data-testid={testId('approve')}
          onClick={() => (own ? setDialog('approve') : decide('approve'))}>
          {translate('rx.approvals.approve')}
        </Button>
        <Button size={size} color="error" variant="outlined" disabled={busy || blocked} onClick={() => setDialog('reject')} data-testid={testId('reject')}>
          {translate('rx.approvals.reject')}
        </Button>
        {dialog && (
          <NoteDialog
            title={dialog === 'approve' ? selfApproveTitle : rejectTitle}
            intro={dialog === 'approve' ? translate('rx.approvals.self_note_intro') : rejectIntro}
            label={translate(dialog === 'approve' ? 'rx.approvals.self_note_label' : 'rx.approvals.reject_reason')}
            confirmLabel={translate(`rx.approvals.${dialog}`)}
            color={dialog === 'approve' ? 'success' : 'error'}
            busy={busy}
            onCancel={() => setDialog(null)}
            onConfirm={(note) => decide(dialog, note)}
          />
        )}
      </Stack>
    </Tooltip>
  );
};
