import { CompanyDateField } from '../common/CompanyDateField';
import {
  AutocompleteInput, Datagrid, FunctionField, List, NumberInput, ReferenceInput, SearchInput, SelectInput, TextField,
  TextInput, useCanAccess,
} from 'react-admin';
import { DayInput } from '../common/DayInput';
import { EnumField } from '../common/EnumField';
import { AuditDiff } from './AuditDiff';
import { actionChoices, actionColors, resourceChoices } from './choices';
import { ResourceNameField } from './ResourceNameField';
import { AuditRecordLink, AuditSummaryText } from './AuditRecordCells';
import type { AuditLogRecord } from '../types';

/** Admins pick the user from the user list; managers (who may not read users) type the email. */
function useFilters() {
  const { canAccess: canListUsers } = useCanAccess({ resource: 'users', action: 'list' });
  return [
    <SearchInput key="q" source="q" alwaysOn />,
    <SelectInput key="resource" source="resource" choices={resourceChoices} alwaysOn />,
    <SelectInput key="action" source="action" choices={actionChoices} alwaysOn />,
    canListUsers ? (
      <ReferenceInput key="user_id" source="user_id" reference="users" sort={{ field: 'name', order: 'ASC' }} alwaysOn>
        <AutocompleteInput optionText="name" label="resources.audit-logs.fields.user_id" sx={{ minWidth: 220 }} />
      </ReferenceInput>
    ) : (
      <TextInput key="user_email" source="user_email" alwaysOn />
    ),
    <NumberInput key="record_id" source="record_id" />,
    <DayInput key="at_gte" source="at_gte" />,
    <DayInput key="at_lte" source="at_lte" />,
  ];
}

export const AuditLogList = () => {
  return (
    <List perPage={25} filters={useFilters()} sort={{ field: 'at', order: 'DESC' }} exporter={false}>
      <Datagrid rowClick="expand" expand={<AuditDiff />} bulkActionButtons={false}>
        <CompanyDateField source="at" showTime />
        <TextField source="user_email" emptyText="—" />
        <EnumField source="action" colors={actionColors} />
        <ResourceNameField source="resource" />
        <FunctionField<AuditLogRecord> source="record_label" sortable={false} render={(r) => <AuditRecordLink record={r} />} />
        <FunctionField<AuditLogRecord> label="rx.audit.summary.label" sortable={false} render={(r) => <AuditSummaryText record={r} />} />
      </Datagrid>
    </List>
  );
};

export default AuditLogList;
