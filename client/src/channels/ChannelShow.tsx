import { BooleanField, Show, SimpleShowLayout, TextField } from 'react-admin';
import { EnumField } from '../common/EnumField';
import { ApiKeyPanel } from './ApiKeyPanel';
import { PercentField } from '../common/MoneyField';
import { audienceColors, operatedByColors, typeColors } from './choices';

export const ChannelShow = () => (
  <Show>
    <SimpleShowLayout>
      <TextField source="name" />
      <TextField source="code" />
      <EnumField source="type" colors={typeColors} />
      <EnumField source="platform" />
      <EnumField source="audience" colors={audienceColors} />
      <EnumField source="operated_by" colors={operatedByColors} />
      <TextField source="region" emptyText="—" />
      <PercentField source="commission_rate" />
      <BooleanField source="active" />
      <ApiKeyPanel />
    </SimpleShowLayout>
  </Show>
);
