import { AutocompleteInput, ReferenceInput, SearchInput, SelectArrayInput, SelectInput, useInput, useResourceContext, useTranslateLabel } from 'react-admin';
import { DayInput } from '../common/DayInput';
import { DayPicker } from '../common/DayPicker';
import { kindChoices, severityChoices, statusChoices } from './choices';
import { useAssignees } from './useAssignees';

const skuText = (sku: { code: string; name: string }) => `${sku.code} · ${sku.name}`;

/** An inclusive "until" day: kept as the day's last moment (a time without offset is the company's). */
const UntilDayInput = ({ source }: { source: string; alwaysOn?: boolean }) => {
  const { field } = useInput({ source });
  const translateLabel = useTranslateLabel();
  const resource = useResourceContext();
  return (
    <DayPicker
      size="small"
      clearable
      label={String(translateLabel({ source, resource }))}
      value={typeof field.value === 'string' ? field.value.slice(0, 10) : ''}
      onChange={(day) => field.onChange(day ? `${day}T23:59:59.999` : undefined)}
      sx={{ width: 180, mb: '4px' }}
      testId={`day-input-${source}`}
    />
  );
};

/** A status filter from an address may be one value or a list. */
const asList = (value: unknown) => (value == null || value === '' ? [] : Array.isArray(value) ? value : [value]);

/** No status chosen is no status filter (not "none of them"). */
const noneIfEmpty = (value: unknown) => (Array.isArray(value) && value.length ? value : undefined);

/** Kind, status (open and acknowledged by default), severity, channel, SKU, seller, assignee, when first seen or closed, and a search by SKU. */
export function useViolationFilters() {
  const { data: assignees } = useAssignees();
  return [
    <SearchInput key="q" source="q" alwaysOn />,
    <SelectArrayInput key="status" source="status" choices={statusChoices} format={asList} parse={noneIfEmpty} alwaysOn sx={{ minWidth: 180 }} />,
    <SelectInput key="kind" source="kind" choices={kindChoices} alwaysOn sx={{ minWidth: 200 }} />,
    <SelectInput key="severity" source="severity" choices={severityChoices} alwaysOn />,
    <ReferenceInput key="channel_id" source="channel_id" reference="channels" sort={{ field: 'name', order: 'ASC' }} alwaysOn>
      <AutocompleteInput optionText="name" sx={{ minWidth: 200 }} />
    </ReferenceInput>,
    <ReferenceInput key="sku_id" source="sku_id" reference="skus" sort={{ field: 'code', order: 'ASC' }}>
      <AutocompleteInput optionText={skuText} sx={{ minWidth: 260 }} />
    </ReferenceInput>,
    <ReferenceInput key="seller_id" source="seller_id" reference="sellers" sort={{ field: 'name', order: 'ASC' }}>
      <AutocompleteInput optionText="name" sx={{ minWidth: 220 }} />
    </ReferenceInput>,
    <SelectInput key="assignee_id" source="assignee_id" choices={assignees} optionText="name" />,
    <DayInput key="first_seen_at_gte" source="first_seen_at_gte" />,
    <UntilDayInput key="first_seen_at_lte" source="first_seen_at_lte" />,
    <DayInput key="closed_at_gte" source="closed_at_gte" />,
  ];
}
