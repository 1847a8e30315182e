import { CompanyDateField } from '../common/CompanyDateField';
import { Divider } from '@mui/material';
import { Labeled, Show, SimpleShowLayout, TextField } from 'react-admin';
import { EnumField } from '../common/EnumField';
import { FieldGrid } from '../common/FieldGrid';
import { AuditDiff } from './AuditDiff';
import { actionColors } from './choices';
import { ResourceNameField } from './ResourceNameField';

export const AuditLogShow = () => (
  <Show>
    <SimpleShowLayout>
      <FieldGrid columns={5}>
        <CompanyDateField source="at" showTime />
        <TextField source="user_email" emptyText="—" />
        <EnumField source="action" colors={actionColors} />
        <ResourceNameField source="resource" />
        <TextField source="record_id" />
      </FieldGrid>
      <Divider />
      <Labeled label="resources.audit-logs.fields.changes" fullWidth>
        <AuditDiff />
      </Labeled>
    </SimpleShowLayout>
  </Show>
);

export default AuditLogShow;
