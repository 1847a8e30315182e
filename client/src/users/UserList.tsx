import { CompanyDateField } from '../common/CompanyDateField';
import { BooleanField, Datagrid, List, NullableBooleanInput, SearchInput, SelectInput, TextField } from 'react-admin';
import { EnumField } from '../common/EnumField';
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
      <CompanyDateField source="updated_at" showTime />
    </Datagrid>
  </List>
);

export default UserList;
