import { approvalDecision, type ApprovalReason } from '../../../shared/pricing';
import type { DraftChange } from './types';

export interface ChangePreview {
  change: DraftChange;
  /** Relative change against the price in force (0.1 = +10%); null for a first price. */
  ratio?: number | null;
  autoApprove?: boolean;
  reason?: ApprovalReason;
}

/**
 * What the server will decide for each draft, by the same rule it uses (shared/pricing.ts), so the
 * submit dialog can show which changes wait for a manager before the user confirms. Those first,
 * largest moves first.
 */
export function changePreview(changes: readonly DraftChange[], threshold: number): ChangePreview[] {
  return changes
    .map((change) => {
      const { autoApprove, reason } = approvalDecision({
        price: change.price, controlPrice: change.control_price, currentPrice: change.current_price, threshold,
      });
      const ratio = change.current_price ? (change.price - change.current_price) / change.current_price : null;
      return { change, ratio, autoApprove, reason };
    })
    .sort((a, b) => Number(a.autoApprove) - Number(b.autoApprove) || Math.abs(b.ratio ?? 0) - Math.abs(a.ratio ?? 0));
}
