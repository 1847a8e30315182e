import { Datagrid, List, ReferenceField, TextField, TextInput, useRecordContext, useTranslate, type FieldProps } from 'react-admin';
import { MoneyField } from '../common/MoneyField';
import { PlanAside } from './PlanAttainmentPanel';
import { PlanUserField } from './PlanUserField';

const filters = [<TextInput key="month" source="month" alwaysOn placeholder="2026-11" />];

/** The plan's channel, or "Whole company" when the plan has neither channel nor salesperson. */
const PlanChannelField = ({ source }: FieldProps) => {
  const record = useRecordContext();
  const translate = useTranslate();
  if (record?.channel_id) return <ReferenceField source={source} reference="channels" link={false} />;
  return <>{record?.user_id ? '—' : translate('rx.sales.whole_company')}</>;
};

/** Monthly targets, newest month first, with this month's attainment beside them. */
export const PlanList = () => (
  <List perPage={25} filters={filters} sort={{ field: 'month', order: 'DESC' }} aside={<PlanAside />}>
    <Datagrid rowClick="edit">
      <TextField source="month" />
      <PlanChannelField source="channel_id" label="resources.sales-plans.fields.channel_id" />
      <PlanUserField source="user_id" />
      <MoneyField source="target_amount" textAlign="right" />
    </Datagrid>
  </List>
);
