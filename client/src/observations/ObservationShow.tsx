import { Divider, Stack } from '@mui/material';
import { FunctionField, ReferenceField, Show, UrlField } from 'react-admin';
import { CompanyDateField } from '../common/CompanyDateField';
import { EnumField } from '../common/EnumField';
import { FieldGrid } from '../common/FieldGrid';
import { MoneyField } from '../common/MoneyField';
import { CompliantField } from './BreachesField';
import { EvaluationPanel } from './EvaluationPanel';
import { EvidencePanel } from './EvidencePanel';
import { StoreField } from './StoreField';
import { skuText } from './choices';

/** One observation: where and what was seen, what the check found, and the evidence. */
export const ObservationShow = () => (
  <Show>
    <Stack spacing={2} sx={{ p: 2 }}>
      <FieldGrid columns={4}>
        <CompanyDateField source="observed_at" showTime />
        <ReferenceField source="channel_id" reference="channels" link="show" />
        <ReferenceField source="sku_id" reference="skus" link="show"><FunctionField render={skuText} /></ReferenceField>
        <StoreField source="store_name" />
        <MoneyField source="price" />
        <CompliantField source="compliant" />
        <EnumField source="source" />
        <UrlField source="url" target="_blank" rel="noopener" emptyText="—" />
      </FieldGrid>
      <Divider />
      <EvaluationPanel />
      <Divider />
      <EvidencePanel />
    </Stack>
  </Show>
);
