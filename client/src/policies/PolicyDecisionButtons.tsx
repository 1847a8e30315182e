import { Button, Stack, Tooltip } from '@mui/material';
import { useState } from 'react';
import { useGetIdentity, useNotify, useTranslate } from 'react-admin';
import { NoteDialog } from '../approvals/NoteDialog';
import { ApiError } from '../prices/api';
import { useServerText } from '../prices/useServerText';
import { policyApi, type PolicyRecord } from './api';
import { useApprovalSettings } from './useApprovalSettings';

/** Approve or reject a policy's waiting lowering; one's own only with a note, when the company allows it. */
export const PolicyDecisionButtons = ({ policy, onDone }: { policy: PolicyRecord; onDone(): void }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const serverText = useServerText();
  const { identity } = useGetIdentity();
  const settings = useApprovalSettings();
  const [dialog, setDialog] = useState<'approve' | 'reject' | null>(null);
  const [busy, setBusy] = useState(false);
  const own = identity?.id != null && policy.pending_change?.requested_by === identity.id;
  const blocked = own && settings?.require_second_approver !== false;

  const decide = async (decision: 'approve' | 'reject', note?: string) => {
    setBusy(true);
    try {
      await (decision === 'approve' ? policyApi.approve(policy.id, note) : policyApi.reject(policy.id, note ?? ''));
      notify(`rx.policies.${decision === 'approve' ? 'approved' : 'rejected'}`, { type: 'success' });
      setDialog(null);
      onDone();
    } catch (error) {
      notify(error instanceof ApiError ? serverText(error.message) : String(error), { type: 'error' });
      if (error instanceof ApiError && error.status === 409) onDone();
    } finally {
      setBusy(false);
    }
  };

  return (
    <Tooltip title={blocked ? translate('rx.policies.own_change') : ''}>
      <Stack direction="row" spacing={1} component="span">
        <Button size="small" color="success" variant="outlined" disabled={busy || blocked}
          onClick={() => (own ? setDialog('approve') : decide('approve'))}>
          {translate('rx.approvals.approve')}
        </Button>
        <Button size="small" color="error" variant="outlined" disabled={busy || blocked} onClick={() => setDialog('reject')}>
          {translate('rx.approvals.reject')}
        </Button>
        {dialog && (
          <NoteDialog
            title={translate(dialog === 'approve' ? 'rx.policies.self_approve_title' : 'rx.policies.reject_title')}
            intro={translate(dialog === 'approve' ? 'rx.approvals.self_note_intro' : 'rx.policies.reject_intro')}
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
