import type { CellClassParams, ColDef, ColGroupDef, ITooltipParams, ValueFormatterParams, ValueGetterParams } from 'ag-grid-community';
import type { TranslateFunction } from 'react-admin';
import { allowedOn, belowControl, canEditCell, cellKey, displayedPrice } from './cellRules';
import { inRange } from './clipboard';
import type { MatrixGridContext } from './matrixContext';
import { PriceCell } from './PriceCell';
import { NUMBER_FILTER_FIELDS, SORTABLE_FIELDS } from './matrixQuery';
import type { MatrixChannel, MatrixRow } from './types';

type Col = ColDef<MatrixRow>;
const ctx = (p: { context: unknown }) => p.context as MatrixGridContext;

export const channelColId = (channelId: number) => `ch_${channelId}`;
export const channelOfColumn = (colDef: Col | null | undefined): MatrixChannel | undefined => colDef?.context?.channel;

const inSelectedRange = (p: CellClassParams<MatrixRow>) => {
  const { range, colIndex } = ctx(p);
  const col = colIndex.get(p.column.getColId());
  return !!range && p.rowIndex != null && col !== undefined && inRange(range, p.rowIndex, col);
};

const numberFilter: Col = {
  filter: 'agNumberColumnFilter',
  filterParams: { filterOptions: ['equals', 'greaterThanOrEqual', 'lessThanOrEqual', 'inRange'], maxNumConditions: 1 },
};

const isSortable = (field: string) => (SORTABLE_FIELDS as readonly string[]).includes(field);

function skuColumn(field: keyof MatrixRow & string, headerName: string, width: number, extra: Col = {}): Col {
  return {
    colId: field,
    field,
    headerName,
    width,
    pinned: 'left',
    sortable: isSortable(field),
    ...((NUMBER_FILTER_FIELDS as readonly string[]).includes(field) ? numberFilter : {}),
    cellClassRules: { 'rx-range': inSelectedRange },
    ...extra,
  };
}

type ReferenceField = 'control_price' | 'promo_floor_price' | 'guide_price';
/** The price policy's fields: edited in place (box view), lowering waits for a manager. */
export const POLICY_FIELDS: readonly string[] = ['control_price', 'promo_floor_price'];

/** Control, floor and guide prices follow the view: per box, or per smallest unit. */
function referencePrice(field: ReferenceField, boxHeader: string, unitHeader: string): Col {
  const policy = POLICY_FIELDS.includes(field);
  return skuColumn(field, boxHeader, 104, {
    headerValueGetter: (p) => (ctx(p).view === 'box' ? boxHeader : unitHeader),
    type: 'rightAligned',
    valueGetter: (p: ValueGetterParams<MatrixRow>) => {
      const value = p.data?.[field];
      if (value == null || !p.data) return null;
      return ctx(p).view === 'box' ? value : Math.round((value / p.data.units_per_pack) * 10000) / 10000;
    },
    valueFormatter: (p: ValueFormatterParams<MatrixRow>) => (ctx(p).view === 'box' ? ctx(p).format.money(p.value) : ctx(p).format.unitMoney(p.value)),
    ...(policy ? {
      editable: (p) => !!p.data && ctx(p).mayEditPolicy && ctx(p).view === 'box',
      cellEditor: 'agTextCellEditor',
      cellClassRules: { 'rx-range': inSelectedRange, 'rx-policy-pending': (p) => !!p.data?.policy_pending },
      tooltipValueGetter: (p: ITooltipParams<MatrixRow>) => {
        const pending = p.data?.policy_pending;
        if (!pending) return undefined;
        const { translate, format } = ctx(p);
        return translate('rx.pricing.policy.pending_tip', { price: format.money(pending[field as 'control_price' | 'promo_floor_price']) });
      },
    } satisfies Col : {}),
  });
}

function channelColumn(channel: MatrixChannel): Col {
  const value = (p: { data?: MatrixRow; context: unknown }) =>
    p.data ? displayedPrice(p.data, channel.id, ctx(p).view, ctx(p).drafts.get(cellKey(p.data.id, channel.id))?.price) : null;
  const hasKey = (p: CellClassParams<MatrixRow>, map: 'drafts' | 'errors') => !!p.data && ctx(p)[map].has(cellKey(p.data.id, channel.id));
  return {
    colId: channelColId(channel.id),
    headerName: channel.name,
    headerTooltip: `${channel.name} (${channel.code})`,
    // Long shop names (天猫医药馆 华欣制药旗舰店) wrap onto a second line instead of being cut.
    wrapHeaderText: true,
    autoHeaderHeight: true,
    context: { channel },
    width: 120,
    minWidth: 90,
    sortable: false,
    type: 'rightAligned',
    editable: (p) => canEditCell(p.data, channel, ctx(p).view, ctx(p).mayEdit),
    valueGetter: value,
    cellEditor: 'agTextCellEditor',
    cellRenderer: PriceCell,
    cellClassRules: {
      'rx-draft': (p) => hasKey(p, 'drafts'),
      'rx-error': (p) => hasKey(p, 'errors'),
      'rx-below': (p) => !!p.data && belowControl(p.data, p.value as number | null, ctx(p).view),
      'rx-forbidden': (p) => !!p.data && !allowedOn(p.data, channel),
      'rx-range': inSelectedRange,
    },
    tooltipValueGetter: (p) => cellTooltip(p, channel),
  };
}

function cellTooltip(p: ITooltipParams<MatrixRow>, channel: MatrixChannel): string | undefined {
  const row = p.data;
  if (!row) return undefined;
  const { translate, format, view, drafts, errors } = ctx(p);
  const t = (key: string, options?: object) => translate(`rx.pricing.cell.${key}`, options);
  if (!allowedOn(row, channel)) return t('forbidden', { scope: translate(`rx.pricing.scope.${row.channel_scope}`) });
  const cell = row.cells[channel.id];
  const key = cellKey(row.id, channel.id);
  const lines: string[] = [];
  const error = errors.get(key);
  if (error) lines.push(translate(error, { _: error }));
  const draft = drafts.get(key);
  if (draft) lines.push(t('draft', { price: format.money(draft.price) }));
  lines.push(cell?.effective_from ? t('in_force', { date: format.date(cell.effective_from) }) : t('no_price'));
  if (cell?.pending) lines.push(t('pending', { price: format.money(cell.pending.price), date: format.date(cell.pending.effective_from) }));
  if (cell?.scheduled) lines.push(t('scheduled', { price: format.money(cell.scheduled.price), date: format.date(cell.scheduled.effective_from) }));
  const shown = displayedPrice(row, channel.id, view, draft?.price);
  if (row.control_price !== null && belowControl(row, shown, view)) lines.push(t('below_control', { price: format.money(row.control_price) }));
  return lines.join('\n');
}

/**
 * Pinned SKU columns, then one column per active channel grouped Online / Offline. Compact (the
 * default) pins code, name and control price only, leaving the width to the channels.
 */
export function matrixColumns(channels: readonly MatrixChannel[], translate: TranslateFunction, { details = false } = {}): (Col | ColGroupDef<MatrixRow>)[] {
  const t = (key: string) => translate(`rx.pricing.columns.${key}`);
  const group = (type: 'online' | 'offline'): ColGroupDef<MatrixRow> => ({
    groupId: type,
    headerName: t(type),
    children: channels.filter((c) => c.type === type).map(channelColumn),
  });
  return [
    skuColumn('code', t('code'), 132, {
      valueFormatter: (p) => (p.data ? String(p.value) : '…'),
      cellClassRules: { 'rx-range': inSelectedRange, 'rx-parity': (p) => !!p.data?.parity_breach },
      tooltipValueGetter: (p) => (p.data?.parity_breach ? translate('rx.pricing.cell.parity') : undefined),
    }),
    skuColumn('name', t('name'), details ? 210 : 180, { tooltipField: 'name' }),
    ...(details ? [
      skuColumn('pack_desc', t('pack'), 120),
      skuColumn('units_per_pack', t('units'), 76, {
        type: 'rightAligned',
        valueFormatter: (p) => (p.data ? `${p.data.units_per_pack} ${p.data.unit}` : ''),
      }),
    ] : []),
    referencePrice('control_price', t('control_price'), t('control_unit')),
    ...(details ? [
      referencePrice('promo_floor_price', t('promo_floor_price'), t('promo_floor_unit')),
      referencePrice('guide_price', t('guide_price'), t('guide_unit')),
    ] : []),
    ...(['online', 'offline'] as const).map(group).filter((g) => g.children.length > 0),
  ];
}
