import { Datagrid, List, ReferenceField, TextField, TextInput, useTranslate } from 'react-admin';
import { MoneyField } from '../common/MoneyField';
import { PlanAside } from './PlanAttainmentPanel';
import { PlanUserField } from './PlanUserField';

const filters = [<TextInput key="month" source="month" alwaysOn placeholder="2026-11" />];

const WholeCompany = () => {
  const translate = useTranslate();
  return <>{translate('rx.sales.whole_company')}</>;
};

/** Monthly targets, newest month first, with this month's attainment beside them. */
export const PlanList = () => (
  <List perPage={25} filters={filters} sort={{ field: 'month', order: 'DESC' }} aside={<PlanAside />}>
    <Datagrid rowClick="edit">
      <TextField source="month" />
      <ReferenceField source="channel_id" reference="channels" link={false} emptyText={<WholeCompany /> as unknown as string} />
      <PlanUserField source="user_id" />
      <MoneyField source="target_amount" textAlign="right" />
    </Datagrid>
  </List>
);
