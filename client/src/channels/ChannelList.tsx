import { BooleanField, Datagrid, List, NullableBooleanInput, SearchInput, SelectInput, TextField } from 'react-admin';
import { EnumField } from '../common/EnumField';
import { PercentField } from '../common/MoneyField';
import { useRowClick } from '../common/useRowClick';
import { audienceChoices, audienceColors, operatedByColors, platformChoices, typeChoices, typeColors } from './choices';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="type" source="type" choices={typeChoices} alwaysOn />,
  <SelectInput key="platform" source="platform" choices={platformChoices} alwaysOn />,
  <SelectInput key="audience" source="audience" choices={audienceChoices} alwaysOn />,
  <NullableBooleanInput key="active" source="active" alwaysOn />,
];

export const ChannelList = () => {
  const rowClick = useRowClick('channels');
  return (
    <List perPage={25} filters={filters} sort={{ field: 'name', order: 'ASC' }}>
      <Datagrid rowClick={rowClick}>
        <TextField source="name" />
        <TextField source="code" />
        <EnumField source="type" colors={typeColors} />
        <EnumField source="platform" />
        <EnumField source="audience" colors={audienceColors} />
        <EnumField source="operated_by" colors={operatedByColors} />
        <TextField source="region" />
        <PercentField source="commission_rate" />
        <BooleanField source="active" />
      </Datagrid>
    </List>
  );
};
