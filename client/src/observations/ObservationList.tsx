import {
  AutocompleteInput, Datagrid, List, NullableBooleanInput, ReferenceField, ReferenceInput, SearchInput, SelectInput, TextField,
} from 'react-admin';
import { CompanyDateField } from '../common/CompanyDateField';
import { DayInput } from '../common/DayInput';
import { EnumField } from '../common/EnumField';
import { MoneyField } from '../common/MoneyField';
import { ObservationListActions } from '../salesImports/ObservationImportButton';
import { BreachesField, CompliantField } from './BreachesField';
import { EvidenceLink } from './EvidenceLink';
import { StoreField } from './StoreField';
import { ObservationsEmpty } from './ObservationsEmpty';
import { useObservationExporter } from './useObservationExporter';
import { skuText, sourceChoices } from './choices';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <ReferenceInput key="channel_id" source="channel_id" reference="channels" sort={{ field: 'name', order: 'ASC' }} alwaysOn>
    <AutocompleteInput optionText="name" sx={{ minWidth: 180 }} />
  </ReferenceInput>,
  <ReferenceInput key="sku_id" source="sku_id" reference="skus" sort={{ field: 'code', order: 'ASC' }} alwaysOn>
    <AutocompleteInput optionText={skuText} sx={{ minWidth: 220 }} />
  </ReferenceInput>,
  <NullableBooleanInput key="compliant" source="compliant" alwaysOn sx={{ minWidth: 140 }}
    trueLabel="resources.price-observations.choices.compliant.true" falseLabel="resources.price-observations.choices.compliant.false"
    nullLabel="resources.price-observations.choices.compliant.null" />,
  <ReferenceInput key="seller_id" source="seller_id" reference="sellers" sort={{ field: 'name', order: 'ASC' }}>
    <AutocompleteInput optionText="name" sx={{ minWidth: 220 }} />
  </ReferenceInput>,
  <SelectInput key="source" source="source" choices={sourceChoices} />,
  <DayInput key="observed_at_gte" source="observed_at_gte" />,
  <DayInput key="observed_at_lte" source="observed_at_lte" />,
];

const NOWRAP = ['observed_at', 'sku_id', 'price', 'compliant'].map((c) => `& td.column-${c}, & th.column-${c}`).join(', ');
/** Fits a 1280-pixel laptop: names and chips wrap, times and amounts do not. */
const COLUMNS = {
  [NOWRAP]: { whiteSpace: 'nowrap' },
  '& td, & th': { px: 1 },
  '& td.column-channel_id, & td.column-store_name': { minWidth: 90, maxWidth: 150 },
  '& td.column-breaches': { maxWidth: 200 },
};

/** Prices seen in the market, newest first, each with what the check found and its evidence. */
export const ObservationList = () => {
  const exporter = useObservationExporter();
  return (
    <List perPage={25} filters={filters} actions={<ObservationListActions />} empty={<ObservationsEmpty />} sort={{ field: 'observed_at', order: 'DESC' }} exporter={exporter}>
      <Datagrid rowClick="show" bulkActionButtons={false} sx={COLUMNS}>
        <CompanyDateField source="observed_at" showTime />
        <ReferenceField source="channel_id" reference="channels" link={false} />
        <ReferenceField source="sku_id" reference="skus" link={false}><TextField source="code" /></ReferenceField>
        <StoreField source="store_name" />
        <MoneyField source="price" textAlign="right" />
        <CompliantField source="compliant" />
        <BreachesField source="breaches" sortable={false} />
        <EnumField source="source" />
        <EvidenceLink source="evidence_id" sortable={false} />
      </Datagrid>
    </List>
  );
};
