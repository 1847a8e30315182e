import { BooleanField, Datagrid, DateField, List, NullableBooleanInput, SearchInput, SelectInput, TextField } from 'react-admin';
import { EnumField } from '../common/EnumField';
import { useIntlLocale } from '../common/useIntlLocale';
import { roleChoices, roleColors } from './choices';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="role" source="role" choices={roleChoices} alwaysOn />,
  <NullableBooleanInput key="active" source="active" alwaysOn />,
];

export const UserList = () => (
  <List perPage={25} filters={filters} sort={{ field: 'name', order: 'ASC' }} exporter={false}>
    <Datagrid rowClick="edit">
      <TextField source="name" />
      <TextField source="email" />
      <EnumField source="role" colors={roleColors} />
      <EnumField source="locale" />
      <BooleanField source="active" />
      <DateField source="updated_at" showTime locales={useIntlLocale()} />
    </Datagrid>
  </List>
);

export default UserList;
