import { useGetIdentity, useNotify, useTranslate } from 'react-admin';
import { ApproveRejectButtons } from '../approvals/ApproveRejectButtons';
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
  const own = identity?.id != null && (promotion.created_by === identity.id || promotion.submitted_by === identity.id);

  const decide = async (decision: 'approve' | 'reject', note?: string) => {
    try {
      await (decision === 'approve' ? promotionApi.approve(promotion.id, note) : promotionApi.reject(promotion.id, note ?? ''));
      notify(`rx.promotions.decided.${decision}`, { type: 'success', messageArgs: { name: promotion.name } });
    } catch (error) {
      notify(errorText(error), { type: 'error', autoHideDuration: 8000 });
    }
    onDone();
  };

  return (
    <ApproveRejectButtons
      own={own}
      blocked={own && settings?.require_second_approver !== false}
      blockedTitle={translate('rx.promotions.own_promotion')}
      selfApproveTitle={translate('rx.promotions.self_approve_title', { name: promotion.name })}
      rejectTitle={translate('rx.promotions.reject_title', { name: promotion.name })}
      rejectIntro={translate('rx.promotions.reject_intro')}
      onDecide={decide}
      size={size}
      approveVariant="contained"
      testIdPrefix="promotion"
    />
  );
};
