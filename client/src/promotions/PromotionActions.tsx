import { DeleteButton, EditButton, ListButton, TopToolbar, useCanAccess, usePermissions, useRecordContext, useRefresh } from 'react-admin';
import type { Role } from '../../../shared/enums';
import { canApprovePrices } from '../../../shared/permissions';
import { isCancellable, isFinal } from './choices';
import { PromotionResultsButton } from '../promotionResults';
import { DuplicateButton } from './DuplicateButton';
import { PromotionDecisionButtons } from './PromotionDecisionButtons';
import type { PromotionRecord } from './types';
import { CancelPromotionButton, SubmitPromotionButton } from './WorkflowButtons';

/** What the reader may do with the promotion now: by their role and its state. */
export const PromotionActions = () => {
  const record = useRecordContext<PromotionRecord>();
  const { permissions } = usePermissions<Role>();
  const { canAccess: mayWrite } = useCanAccess({ resource: 'promotions', action: 'edit' });
  const refresh = useRefresh();
  if (!record) return <TopToolbar />;
  const { state } = record;
  return (
    <TopToolbar sx={{ alignItems: 'center', gap: 1 }}>
      <PromotionResultsButton />
      {state === 'pending' && canApprovePrices(permissions) && <PromotionDecisionButtons promotion={record} onDone={refresh} />}
      {mayWrite && state === 'draft' && <SubmitPromotionButton />}
      {mayWrite && !isFinal(state) && <EditButton />}
      {mayWrite && <DuplicateButton />}
      {mayWrite && isCancellable(state) && <CancelPromotionButton />}
      {mayWrite && state === 'draft' && <DeleteButton mutationMode="pessimistic" redirect="list" />}
      <ListButton />
    </TopToolbar>
  );
};
