import UploadFileIcon from '@mui/icons-material/UploadFile';
import { Box, Button as MuiButton, Typography } from '@mui/material';
import {
  CreateButton, Datagrid, FunctionField, List, NumberField, SelectInput, TextField, TopToolbar, useCreatePath, useTranslate,
} from 'react-admin';
import { Link } from 'react-router-dom';
import { SALES_IMPORT_STATUSES } from '../../../shared/sales-import';
import { choices } from '../common/choices';
import { CompanyDateField } from '../common/CompanyDateField';
import { EnumField } from '../common/EnumField';
import { SALES_KINDS } from './flavours';

const STATUS_COLORS = { done: 'success', running: 'info', confirm: 'warning', failed: 'error', uploaded: 'default', expired: 'default', uploading: 'info' } as const;

const filters = [
  <SelectInput key="kind" source="kind" choices={choices('sales-imports', 'kind', SALES_KINDS)} alwaysOn />,
  <SelectInput key="status" source="status" choices={choices('sales-imports', 'status', SALES_IMPORT_STATUSES)} alwaysOn />,
];

const Empty = () => {
  const translate = useTranslate();
  const createPath = useCreatePath();
  return (
    <Box sx={{ textAlign: 'center', m: 6 }} data-testid="sales-imports-empty">
      <UploadFileIcon sx={{ fontSize: 64, color: 'text.disabled' }} />
      <Typography variant="h6" sx={{ mt: 1 }}>{translate('resources.sales-imports.empty')}</Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>{translate('rx.salesData.empty_help')}</Typography>
      <MuiButton variant="contained" component={Link} to={createPath({ resource: 'sales-imports', type: 'create' })}>{translate('rx.salesData.import')}</MuiButton>
    </Box>
  );
};

const Actions = () => {
  const translate = useTranslate();
  return <TopToolbar><CreateButton label={translate('rx.salesData.import')} icon={<UploadFileIcon />} /></TopToolbar>;
};

/** Every sales file imported (or waiting), newest first; a click follows one. */
export const SalesImportList = () => (
  <List perPage={25} filters={filters} actions={<Actions />} empty={<Empty />} sort={{ field: 'created_at', order: 'DESC' }}>
    <Datagrid rowClick="show" bulkActionButtons={false}>
      <CompanyDateField source="created_at" showTime />
      <TextField source="file_name" />
      <EnumField source="kind" />
      <TextField source="channel_name" sortable={false} />
      <EnumField source="status" colors={STATUS_COLORS} />
      <NumberField source="total_rows" />
      <FunctionField source="created" sortable={false} render={(r) => (r.status === 'done' ? r.created.toLocaleString() : '—')} textAlign="right" />
      <FunctionField source="updated" sortable={false} render={(r) => (r.status === 'done' ? r.updated.toLocaleString() : '—')} textAlign="right" />
      <FunctionField source="unchanged" sortable={false} render={(r) => (r.status === 'done' ? r.unchanged.toLocaleString() : '—')} textAlign="right" />
      <TextField source="created_by_name" sortable={false} />
    </Datagrid>
  </List>
);

export default SalesImportList;
