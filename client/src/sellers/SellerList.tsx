import {
  AutocompleteInput, Datagrid, List, NumberField, NumberInput, ReferenceField, ReferenceInput, SearchInput, SelectInput, TextField, TextInput,
} from 'react-admin';
import { CompanyDateField } from '../common/CompanyDateField';
import { authorizedChoice, authorizedFilter } from './authorized';
import { authorizedChoices } from './choices';
import { AuthorizedField, OpenViolationsField } from './SellerFields';
import { SellerTabs } from './SellerTabs';

const formatAuthorized = (value: unknown) => (value === undefined || value === null || value === '' ? '' : authorizedChoice(value as boolean | string));

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <ReferenceInput key="channel_id" source="channel_id" reference="channels" sort={{ field: 'name', order: 'ASC' }} alwaysOn>
    <AutocompleteInput optionText="name" sx={{ minWidth: 200 }} />
  </ReferenceInput>,
  <SelectInput key="authorized" source="authorized" choices={authorizedChoices} format={formatAuthorized} parse={authorizedFilter} alwaysOn />,
  <TextInput key="group_name" source="group_name" />,
  <NumberInput key="level_gte" source="level_gte" min={0} max={3} step={1} sx={{ width: 140 }} />,
];

const NOWRAP = ['shop_id', 'authorized', 'last_contact_at', 'open_total', 'repeat_90d', 'level'].map((c) => `& td.column-${c}`).join(', ');
/** Fits a 1280-pixel laptop: names wrap, ids, counts and dates do not. */
const COLUMNS = {
  [NOWRAP]: { whiteSpace: 'nowrap' },
  '& td, & th': { px: 1 },
  '& td.column-name, & td.column-channel_id': { minWidth: 100, maxWidth: 170 },
  '& td.column-group_name': { maxWidth: 100 },
  '& th.column-level, & th.column-authorized': { whiteSpace: 'nowrap' },
};

/** Every store seen selling, the highest level (most pressing) first; the tabs narrow it to those to review. */
export const SellerList = () => (
  <List perPage={25} filters={filters} sort={{ field: 'level', order: 'DESC' }} exporter={false}>
    <SellerTabs />
    <Datagrid rowClick="show" bulkActionButtons={false} sx={COLUMNS}>
      <TextField source="name" sx={{ fontWeight: 500 }} />
      <ReferenceField source="channel_id" reference="channels" link={false} />
      <TextField source="shop_id" emptyText="—" />
      <AuthorizedField source="authorized" />
      <TextField source="group_name" emptyText="—" />
      <NumberField source="level" />
      <NumberField source="open_total" sortable={false} />
      <OpenViolationsField source="open_violations" sortable={false} />
      <NumberField source="repeat_90d" sortable={false} />
      <CompanyDateField source="last_contact_at" emptyText="—" />
    </Datagrid>
  </List>
);
