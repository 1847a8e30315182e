import { Typography } from '@mui/material';
import { Datagrid, FilterButton, List, NumberField, TopToolbar, useCanAccess, useTranslate } from 'react-admin';
import { MoneyField } from '../common/MoneyField';
import { UNRESOLVED } from './choices';
import { ExportViolationsButton } from './ExportViolationsButton';
import { ViolationBulkActions } from './ViolationBulkActions';
import { GapSeverityCell, KindCell, SeenCell, StatusCell, WhereCell } from './ViolationCells';
import { SkuCell } from './ViolationFields';
import { useViolationFilters } from './ViolationFilters';

const Empty = ({ text }: { text: string }) => (
  <Typography sx={{ p: 4 }} color="text.secondary" data-testid="violations-empty">{useTranslate()(text)}</Typography>
);

const Actions = () => (
  <TopToolbar>
    <FilterButton />
    <ExportViolationsButton />
  </TopToolbar>
);

/** Violations, unresolved ones by default, latest seen first; managers and admins act on a selection. */
export const ViolationList = () => {
  const { canAccess: mayAct } = useCanAccess({ resource: 'violations', action: 'edit' });
  return (
    <List
      perPage={25}
      filters={useViolationFilters()}
      filterDefaultValues={{ status: UNRESOLVED }}
      sort={{ field: 'last_seen_at', order: 'DESC' }}
      actions={<Actions />}
      empty={<Empty text="resources.violations.empty" />}
    >
      <Datagrid
        rowClick="show"
        bulkActionButtons={mayAct ? <ViolationBulkActions /> : false}
        empty={<Empty text="rx.violations.no_match" />}
        sx={{
          '& .RaDatagrid-tableWrapper': { overflowX: 'auto' },
          '& td': { verticalAlign: 'top', px: 1 },
          '& th': { px: 1, whiteSpace: 'nowrap' },
        }}
      >
        <KindCell source="kind" sortable={false} />
        <SkuCell source="sku_code" sortable={false} />
        <WhereCell source="channel_name" label="rx.violations.where" sortable={false} />
        <MoneyField source="expected" emptyText="—" />
        <MoneyField source="actual" emptyText="—" />
        <GapSeverityCell source="gap_pct" label="rx.violations.gap_severity" />
        <NumberField source="occurrences" />
        <StatusCell source="status" label="rx.violations.status_assignee" sortable={false} />
        <SeenCell source="last_seen_at" />
      </Datagrid>
    </List>
  );
};
