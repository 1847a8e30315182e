import { Datagrid, List, ReferenceField, ReferenceInput, AutocompleteInput, SelectInput, TextField, useRecordContext, useTranslate } from 'react-admin';
import { CompanyDateField } from '../common/CompanyDateField';
import { EnumField } from '../common/EnumField';
import { choices } from '../common/choices';

const STATUSES = ['open', 'succeeded', 'failed'] as const;
const statusColors = { open: 'info', succeeded: 'success', failed: 'default' } as const;

const filters = [
  <SelectInput key="status" source="status" choices={choices('promotion-groups', 'status', STATUSES)} alwaysOn />,
  <ReferenceInput key="promotion" source="promotion_id" reference="promotions" alwaysOn>
    <AutocompleteInput optionText="name" sx={{ minWidth: 260 }} />
  </ReferenceInput>,
];

/** Groups live a day or two: month, day and time say enough, and keep a row on one line. */
const SHORT = { year: undefined, month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hour12: false } as const;

const MembersField = (_props: { label?: string }) => {
  const record = useRecordContext<{ members: number; size: number }>();
  const translate = useTranslate();
  return record ? <>{translate('resources.promotion-groups.members_of', { members: record.members, size: record.size })}</> : null;
};

/** Every buy group the shops opened, newest first; read-only (the engine writes them). Expired groups are settled when read. */
export const PromotionGroupList = () => (
  <List perPage={25} filters={filters} sort={{ field: 'opened_at', order: 'DESC' }} exporter={false}>
    <Datagrid bulkActionButtons={false} rowClick={false} sx={{ '& td.column-sku_id, & td.column-opened_at, & td.column-expires_at, & td.column-closed_at, & td.column-status': { whiteSpace: 'nowrap' } }}>
      <TextField source="id" />
      <ReferenceField source="promotion_id" reference="promotions" link="show" />
      <ReferenceField source="sku_id" reference="skus" link={false}><TextField source="code" /></ReferenceField>
      <ReferenceField source="channel_id" reference="channels" link={false} />
      <TextField source="leader_ref" />
      <MembersField label="resources.promotion-groups.fields.members" />
      <EnumField source="status" colors={statusColors} />
      <CompanyDateField source="opened_at" showTime options={SHORT} />
      <CompanyDateField source="expires_at" showTime options={SHORT} />
      <CompanyDateField source="closed_at" showTime options={SHORT} />
    </Datagrid>
  </List>
);
