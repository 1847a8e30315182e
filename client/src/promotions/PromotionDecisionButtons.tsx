import { Button, Stack, Tooltip } from '@mui/material';
import { useState } from 'react';
import { useGetIdentity, useNotify, useTranslate } from 'react-admin';
import { NoteDialog } from '../approvals/NoteDialog';
import { useApprovalSettings } from '../policies/useApprovalSettings';
import { promotionApi } from './api';
import type { PromotionRecord } from './types';
import { useErrorText } from './useErrorText';

interface Props {
  promotion: Pick<PromotionRecord, 'id' | 'name' | 'created_by' | 'submitted_by'>;
  onDone(): void;
  size?: 'small' | 'medium';
}

/**
 * Approve or reject a pending promotion (managers and admins). Rejecting needs a reason; one's own
 * promotion only when the company turned the second approver off, and then with a note.
 */
export const PromotionDecisionButtons = ({ promotion, onDone, size = 'small' }: Props) => {
  const translate = useTranslate();
  const notify = useNotify();
  const errorText = useErrorText();
  const { identity } = useGetIdentity();
  const settings = useApprovalSettings();
  const [dialog, setDialog] = useState<'approve' | 'reject' | null>(null);
  const [busy, setBusy] = useState(false);
  const own = identity?.id != null && (promotion.created_by === identity.id || promotion.submitted_by === identity.id);
  const blocked = own && settings?.require_second_approver !== false;

  const decide = async (decision: 'approve' | 'reject', note?: string) => {
    setBusy(true);
    try {
      await (decision === 'approve' ? promotionApi.approve(promotion.id, note) : promotionApi.reject(promotion.id, note ?? ''));
      notify(`rx.promotions.decided.${decision}`, { type: 'success', messageArgs: { name: promotion.name } });
      setDialog(null);
      onDone();
    } catch (error) {
      notify(errorText(error), { type: 'error', autoHideDuration: 8000 });
      setDialog(null);
      onDone();
    } finally {
      setBusy(false);
    }
  };

  return (
    <Tooltip title={blocked ? translate('rx.promotions.own_promotion') : ''}>
      <Stack direction="row" spacing={1} component="span" onClick={(e) => e.stopPropagation()}>
        <Button size={size} color="success" variant="contained" disableElevation disabled={busy || blocked} data-testid="promotion-approve"
          onClick={() => (own ? setDialog('approve') : decide('approve'))}>
          {translate('rx.approvals.approve')}
        </Button>
        <Button size={size} color="error" variant="outlined" disabled={busy || blocked} onClick={() => setDialog('reject')} data-testid="promotion-reject">
          {translate('rx.approvals.reject')}
        </Button>
        {dialog && (
          <NoteDialog
            title={translate(dialog === 'approve' ? 'rx.promotions.self_approve_title' : 'rx.promotions.reject_title', { name: promotion.name })}
            intro={translate(dialog === 'approve' ? 'rx.approvals.self_note_intro' : 'rx.promotions.reject_intro')}
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
