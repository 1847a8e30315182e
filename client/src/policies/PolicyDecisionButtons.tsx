import { useGetIdentity, useNotify, useTranslate } from 'react-admin';
import { ApproveRejectButtons } from '../approvals/ApproveRejectButtons';
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
  const own = identity?.id != null && policy.pending_change?.requested_by === identity.id;

  const decide = async (decision: 'approve' | 'reject', note?: string) => {
    try {
      await (decision === 'approve' ? policyApi.approve(policy.id, note) : policyApi.reject(policy.id, note ?? ''));
      notify(`rx.policies.${decision === 'approve' ? 'approved' : 'rejected'}`, { type: 'success' });
      onDone();
    } catch (error) {
      notify(error instanceof ApiError ? serverText(error.message) : String(error), { type: 'error' });
      if (error instanceof ApiError && error.status === 409) onDone();
    }
  };

  return (
    <ApproveRejectButtons
      own={own}
      blocked={own && settings?.require_second_approver !== false}
      blockedTitle={translate('rx.policies.own_change')}
      selfApproveTitle={translate('rx.policies.self_approve_title')}
      rejectTitle={translate('rx.policies.reject_title')}
      rejectIntro={translate('rx.policies.reject_intro')}
      onDecide={decide}
    />
  );
};
