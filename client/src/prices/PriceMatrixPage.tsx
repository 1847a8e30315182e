import type { GridApi } from 'ag-grid-community';
import { Alert, Box, LinearProgress, Typography } from '@mui/material';
import { lazy, Suspense, useCallback, useMemo, useRef, useState } from 'react';
import { Title, useNotify, usePermissions, useRefresh, useStore, useTranslate } from 'react-admin';
import type { Role } from '../../../shared/enums';
import { canWrite } from '../../../shared/permissions';
import { serverMessageKey } from '../providers/serverMessages';
import type { BatchResult } from './api';
import { DraftBar } from './DraftBar';
import { MatrixGrid } from './MatrixGrid';
import type { MatrixLoadEvents } from './matrixDatasource';
import { DEFAULT_SORT, exportUrl, filtersFromUrl, type MatrixSort } from './matrixQuery';
import { useSearchParams } from 'react-router-dom';
import { MatrixToolbar } from './MatrixToolbar';
import { MatrixLegend } from './MatrixLegend';
import { SubmitChangesDialog } from './SubmitChangesDialog';
import type { DraftChange, MatrixChannel, MatrixFilters, MatrixRow, PriceView } from './types';
import { useDraftChanges, type PriceEdit } from './useDraftChanges';
import { useMatrixChannels } from './useMatrixChannels';
import { useLeaveGuard } from './useLeaveGuard';
import { usePolicyEdit } from './usePolicyEdit';
import type { EditSource } from './useSpreadsheetKeys';

// recharts and the import wizard load when first opened
const PriceHistoryDialog = lazy(() => import('./PriceHistoryDialog').then((m) => ({ default: m.PriceHistoryDialog })));
const ImportPricesDialog = lazy(() => import('./ImportPricesDialog').then((m) => ({ default: m.ImportPricesDialog })));

/** Validation texts become i18n keys (shown in the UI language); other server texts stay as sent. */
const validationKeys = (errors: Record<string, string>) =>
  Object.fromEntries(Object.entries(errors).map(([path, text]) => {
    const key = serverMessageKey(text);
    return [path, key.startsWith('rx.validation.') ? key : text];
  }));

type Dialog = { kind: 'submit' } | { kind: 'import' } | { kind: 'history'; row: MatrixRow; channel: MatrixChannel } | null;

/** SKUs × channels: prices in force, pending and scheduled changes, inline requests, import and export. */
export const PriceMatrixPage = () => {
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const { permissions } = usePermissions<Role>();
  const mayImport = canWrite(permissions, 'price-imports');
  const [view, setView] = useStore<PriceView>('rx.priceMatrix.view', 'box');
  const [searchParams] = useSearchParams();
  const [filters, setFilters] = useState<MatrixFilters>(() => filtersFromUrl(searchParams));
  // Another day's prices are history: shown, never edited.
  const mayEdit = canWrite(permissions, 'channel-prices') && !filters.as_of;
  const mayEditPolicy = canWrite(permissions, 'price-policies') && !filters.as_of;
  const [total, setTotal] = useState<number>();
  const [loading, setLoading] = useState(false);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [dialog, setDialog] = useState<Dialog>(null);
  const sort = useRef<MatrixSort>(DEFAULT_SORT);
  const apiRef = useRef<GridApi<MatrixRow> | null>(null);
  const onPolicyEdit = usePolicyEdit(apiRef);
  const { channels: allChannels, isPending: channelsPending } = useMatrixChannels();
  const [details, setDetails] = useStore<boolean>('rx.priceMatrix.details', false);
  const [hiddenChannels, setHiddenChannels] = useStore<number[]>('rx.priceMatrix.hiddenChannels', []);
  const channels = useMemo(() => allChannels.filter((c) => !hiddenChannels.includes(c.id)), [allChannels, hiddenChannels]);
  const drafts = useDraftChanges();
  const { edit } = drafts;
  useLeaveGuard(drafts.list.length);

  const onFilter = useCallback((key: keyof MatrixFilters, value: string) => {
    setFilters((previous) => ((previous[key] ?? '') === value ? previous : { ...previous, [key]: value }));
  }, []);

  const events = useMemo<MatrixLoadEvents>(() => ({
    onLoading: setLoading,
    onLoaded: (count, usedSort) => {
      setTotal(count);
      setLoadError(null);
      sort.current = usedSort;
    },
    onError: (error) => setLoadError(error instanceof Error ? error.message : String(error)),
  }), []);

  const onEdits = useCallback((edits: PriceEdit[], skipped: number, source: EditSource | 'type') => {
    edit(edits);
    if (source !== 'paste' && source !== 'fill') return;
    if (!edits.length) return notify('rx.pricing.paste.nothing', { type: 'warning' });
    const done = translate('rx.pricing.paste.done', { smart_count: edits.length });
    notify(skipped ? `${done} · ${translate('rx.pricing.paste.skipped', { smart_count: skipped })}` : done, { type: 'info' });
  }, [edit, notify, translate]);

  const onHistory = useCallback((row: MatrixRow, channel: MatrixChannel) => setDialog({ kind: 'history', row, channel }), []);

  const reload = () => {
    apiRef.current?.refreshInfiniteCache();
    refresh();
  };
  const onSubmitted = ({ approved, pending }: BatchResult) => {
    notify('rx.pricing.submit.done', { type: 'success', messageArgs: { approved, pending } });
    drafts.discard();
    setDialog(null);
    reload();
  };
  const onRefused = (sent: DraftChange[], errors: Record<string, string>) => {
    const refused = drafts.refuse(sent, validationKeys(errors));
    notify('rx.pricing.submit.refused', { type: 'error', messageArgs: { smart_count: refused } });
    setDialog(null);
  };

  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', height: 'calc(100dvh - 72px)', minHeight: 480, px: { xs: 1, md: 2 } }}>
      <Title title={translate('rx.pricing.title')} />
      <MatrixToolbar
        details={details}
        onDetails={setDetails}
        channels={allChannels}
        hiddenChannels={hiddenChannels}
        onHiddenChannels={setHiddenChannels}
        filters={filters}
        onFilter={onFilter}
        view={view}
        onView={setView}
        total={total}
        onExport={() => window.location.assign(exportUrl(filters, sort.current, view))}
        onImport={mayImport ? () => setDialog({ kind: 'import' }) : undefined}
      />
      <MatrixLegend />
      <DraftBar count={drafts.list.length} refused={drafts.errors.size} onSubmit={() => setDialog({ kind: 'submit' })} onDiscard={drafts.discard} />
      {filters.as_of && <Alert severity="info" sx={{ mb: 1 }} data-testid="matrix-as-of-notice">{translate('rx.pricing.as_of_notice', { date: filters.as_of })}</Alert>}
      {loadError && <Alert severity="error" sx={{ mb: 1 }}>{translate('rx.pricing.load_error', { message: translate(loadError, { _: loadError }) })}</Alert>}
      {!channelsPending && channels.length === 0 && <Alert severity="info" sx={{ mb: 1 }}>{translate('rx.pricing.no_channels')}</Alert>}
      <Box sx={{ position: 'relative', flex: 1, minHeight: 0 }}>
        <LinearProgress sx={{ position: 'absolute', top: 0, left: 0, right: 0, zIndex: 2, visibility: loading ? 'visible' : 'hidden' }} />
        {!channelsPending && (
          <MatrixGrid
            apiRef={apiRef}
            channels={channels}
            details={details}
            filters={filters}
            view={view}
            mayEdit={mayEdit}
            mayEditPolicy={mayEditPolicy}
            onPolicyEdit={onPolicyEdit}
            drafts={drafts.drafts}
            errors={drafts.errors}
            events={events}
            onEdits={onEdits}
            onHistory={onHistory}
          />
        )}
        {total === 0 && (
          <Typography color="text.secondary" sx={{ position: 'absolute', top: 120, width: '100%', textAlign: 'center', pointerEvents: 'none' }}>
            {translate('rx.pricing.empty')}
          </Typography>
        )}
      </Box>
      <Typography variant="caption" color="text.secondary" sx={{ py: 0.75 }}>
        {mayEdit ? translate(view === 'box' ? 'rx.pricing.keyboard_help' : 'rx.pricing.unit_read_only') : translate('rx.pricing.read_only')}
      </Typography>
      {dialog?.kind === 'submit' && (
        <SubmitChangesDialog changes={drafts.list} onClose={() => setDialog(null)} onSubmitted={onSubmitted} onRefused={onRefused} />
      )}
      <Suspense fallback={null}>
        {dialog?.kind === 'history' && <PriceHistoryDialog row={dialog.row} channel={dialog.channel} onClose={() => setDialog(null)} />}
        {dialog?.kind === 'import' && <ImportPricesDialog onClose={() => setDialog(null)} onImported={reload} />}
      </Suspense>
    </Box>
  );
};

export default PriceMatrixPage;
