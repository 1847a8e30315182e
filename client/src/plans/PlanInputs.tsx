import { useQuery } from '@tanstack/react-query';
import { AutocompleteInput, ReferenceInput, SelectInput, TextInput } from 'react-admin';
import { fetchJson } from '../sales/api';
import { FormRow } from '../common/FormRow';
import { MoneyInput } from '../common/NumberInputs';

/** The plan form: month, an optional channel and salesperson, and the target. */
export const PlanInputs = () => {
  const { data: salespeople = [] } = useQuery({ queryKey: ['salespeople'], queryFn: () => fetchJson<{ id: number; name: string }[]>('/api/sales-plans/salespeople') });
  return (
  <>
    <FormRow>
      <TextInput source="month" isRequired placeholder="2026-11" />
      <MoneyInput source="target_amount" isRequired />
    </FormRow>
    <FormRow>
      <ReferenceInput source="channel_id" reference="channels" sort={{ field: 'name', order: 'ASC' }}>
        <AutocompleteInput optionText="name" helperText="resources.sales-plans.helpers.scope" sx={{ minWidth: 260 }} />
      </ReferenceInput>
      <SelectInput source="user_id" choices={salespeople} emptyText="—" sx={{ minWidth: 220 }} />
    </FormRow>
  </>
  );
};
