import { Typography } from '@mui/material';
import {
  Datagrid, FunctionField, List, SearchInput, TextField, useGetIdentity, useListContext, usePermissions, useTranslate,
} from 'react-admin';
import type { Role } from '../../../shared/enums';
import { canApprovePrices } from '../../../shared/permissions';
import type { PriceRecord } from '../prices/types';
import { ControlGapCell, CurrentPriceCell, EffectiveFromCell, ReasonCell, RequestedPriceCell, SkuCell } from './ApprovalFields';
import { DecisionButtons } from './DecisionButtons';
import { ApproverNotice } from './ApproverNotice';
import { PendingPolicyChanges } from '../policies/PendingPolicyChanges';
import { useApprovalSettings } from '../policies/useApprovalSettings';

const filters = [<SearchInput key="q" source="q" alwaysOn />];

const BulkDecisions = () => {
  const { selectedIds } = useListContext();
  return <DecisionButtons ids={selectedIds} />;
};

const RowDecisions = ({ record, ownId }: { record: PriceRecord; ownId: unknown }) => {
  const translate = useTranslate();
  const settings = useApprovalSettings();
  const own = ownId != null && record.requested_by === ownId;
  // A correction is never decided by its author; other own requests only when the company allows it, with a note.
  const blocked = own && (record.kind === 'correction' || settings?.require_second_approver !== false);
  return (
    <DecisionButtons compact ids={[record.id]} approveNeedsNote={own} disabledReason={blocked ? translate('rx.approvals.own_request') : undefined} />
  );
};

const Empty = () => {
  const translate = useTranslate();
  return <Typography sx={{ p: 4 }} color="text.secondary">{translate('rx.approvals.empty')}</Typography>;
};

/** The approval queue: price requests waiting for a manager, oldest first, decided one by one or in bulk. */
export const ApprovalList = () => {
  const { permissions } = usePermissions<Role>();
  const { identity } = useGetIdentity();
  const mayDecide = canApprovePrices(permissions);
  return (
    <>
      {mayDecide && <ApproverNotice />}
      {mayDecide && <PendingPolicyChanges />}
      <List
        filter={{ status: 'pending' }}
        filters={filters}
        sort={{ field: 'created_at', order: 'ASC' }}
        perPage={50}
        exporter={false}
        empty={<Empty />}
      >
        <Datagrid
          bulkActionButtons={mayDecide ? <BulkDecisions /> : false}
          rowClick={false}
          sx={{
            '& .RaDatagrid-tableWrapper': { overflowX: 'auto' },
            '& td': { verticalAlign: 'top' },
          }}
        >
          <FunctionField source="sku_code" sortable={false} render={() => <SkuCell />} />
          <TextField source="channel_name" sortable={false} sx={{ whiteSpace: 'nowrap' }} />
          <FunctionField source="current_price" sortable={false} textAlign="right" render={() => <CurrentPriceCell />} />
          <FunctionField source="price" textAlign="right" render={() => <RequestedPriceCell />} />
          <FunctionField source="gap" sortable={false} textAlign="right" render={() => <ControlGapCell />} />
          <TextField source="requester_email" sortable={false} />
          <FunctionField source="effective_from" render={() => <EffectiveFromCell />} />
          <FunctionField source="reason" sortable={false} render={() => <ReasonCell />} />
          {mayDecide && <FunctionField<PriceRecord> label="" render={(record) => <RowDecisions record={record} ownId={identity?.id} />} />}
        </Datagrid>
      </List>
    </>
  );
};
