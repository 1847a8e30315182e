import { Typography } from '@mui/material';
import {
  BooleanInput, Datagrid, FunctionField, List, ReferenceInput, SearchInput, SelectInput, TextField, useGetIdentity, useListContext, usePermissions, useTranslate,
} from 'react-admin';
import { useQuery } from '@tanstack/react-query';
import { PRICE_STATUSES } from '../../../shared/enums';
import type { Role } from '../../../shared/enums';
import { canApprovePrices } from '../../../shared/permissions';
import type { PriceRecord } from '../prices/types';
import { ChangeCell, EffectiveFromCell, OutcomeCell, RequesterCell, SkuCell } from './ApprovalFields';
import { DecisionButtons } from './DecisionButtons';
import { ApproverNotice } from './ApproverNotice';
import { PendingPolicyChanges } from '../policies/PendingPolicyChanges';
import { PendingPromotions } from '../promotions/PendingPromotions';
import { useApprovalSettings } from '../policies/useApprovalSettings';

const STATUS_CHOICES = PRICE_STATUSES.filter((s) => s !== 'draft').map((id) => ({ id, name: `resources.channel-prices.choices.status.${id}` }));

/** Who has requested prices (GET /api/channel-prices/requesters): the requester filter's choices. */
function useRequesterChoices() {
  return useQuery({
    queryKey: ['price-requesters'],
    queryFn: async () => {
      const res = await fetch('/api/channel-prices/requesters', { credentials: 'include', headers: { Accept: 'application/json' } });
      return res.ok ? ((await res.json()) as { id: number; name: string }[]) : [];
    },
    staleTime: 60_000,
  }).data ?? [];
}

/** Search (SKU, channel), status, channel, requester and "only mine". */
const useFilters = () => [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="status" source="status" choices={STATUS_CHOICES} alwaysOn />,
  <ReferenceInput key="channel_id" source="channel_id" reference="channels" alwaysOn>
    <SelectInput optionText="name" />
  </ReferenceInput>,
  <SelectInput key="requested_by" source="requested_by" label="resources.channel-prices.fields.requester_name" choices={useRequesterChoices()} alwaysOn />,
  <BooleanInput key="mine" source="mine" alwaysOn />,
];

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

/** Names the price requests below the other queues (promotions, policy changes) on the same page. */
const QueueHeading = () => {
  const translate = useTranslate();
  return <Typography variant="h6" sx={{ mt: 2, mb: -1 }}>{translate('resources.channel-prices.name', { smart_count: 2 })}</Typography>;
};

/** The approval queue: price requests waiting for a manager, oldest first, decided one by one or in bulk. */
export const ApprovalList = () => {
  const { permissions } = usePermissions<Role>();
  const { identity } = useGetIdentity();
  const mayDecide = canApprovePrices(permissions);
  return (
    <>
      {mayDecide && <ApproverNotice />}
      {mayDecide && <PendingPromotions />}
      {mayDecide && <PendingPolicyChanges />}
      {mayDecide && <QueueHeading />}
      <List
        title="rx.promotions.approvals_menu"
        filters={useFilters()}
        // Approvers open on their queue; requesters on their own requests, whatever became of them.
        filterDefaultValues={mayDecide ? { status: 'pending' } : { mine: true }}
        sort={{ field: 'created_at', order: mayDecide ? 'ASC' : 'DESC' }}
        perPage={50}
        exporter={false}
        empty={<Empty />}
      >
        <Datagrid
          bulkActionButtons={mayDecide ? <BulkDecisions /> : false}
          rowClick={false}
          sx={{
            '& .RaDatagrid-tableWrapper': { overflowX: 'auto' },
            '& td': { verticalAlign: 'top', px: 1 },
            '& th': { px: 1 },
          }}
        >
          <FunctionField source="sku_code" sortable={false} render={() => <SkuCell />} />
          <TextField source="channel_name" sortable={false} />
          <FunctionField source="price" label="resources.channel-prices.fields.change" render={() => <ChangeCell />} />
          <FunctionField source="created_at" label="resources.channel-prices.fields.requester_name" render={() => <RequesterCell />} />
          <FunctionField source="effective_from" render={() => <EffectiveFromCell />} />
          <FunctionField source="reason" label="resources.channel-prices.fields.outcome" sortable={false} render={() => <OutcomeCell />} />
          {mayDecide && (
            <FunctionField<PriceRecord> label="" render={(record) => (record.status === 'pending' ? <RowDecisions record={record} ownId={identity?.id} /> : null)} />
          )}
        </Datagrid>
      </List>
    </>
  );
};
