import { Alert, Box, Button, Chip, Dialog, DialogActions, DialogContent, DialogTitle, Stack, TextField, Typography } from '@mui/material';
import { useMemo, useState } from 'react';
import { useDataProvider, useNotify, useTranslate } from 'react-admin';
import { lookupFilters, matchPasted, parsePastedCodes, type PasteProblem, type PastedRow } from './pasteCodes';
import type { SkuInfo } from './types';
import { useErrorText } from './useErrorText';

export interface AddCounts { added: number; updated: number; unchanged: number }

interface Outcome extends AddCounts {
  unknown: PastedRow[];
  inactive: { row: PastedRow; sku: SkuInfo }[];
  problems: PasteProblem[];
}

interface Props {
  /** Volume tiers have no single price: a pasted price is ignored (and the dialog says so). */
  pricesIgnored: boolean;
  onAdd(found: { sku: SkuInfo; price: number | null }[]): AddCounts;
  onClose(): void;
}

/** "3 SKUs added · the prices of 2 SKUs already listed updated". */
const addedText = (translate: (key: string, options?: object) => string, counts: AddCounts) =>
  [translate('rx.promotions.paste.added', { smart_count: counts.added }), counts.updated ? translate('rx.promotions.paste.updated', { smart_count: counts.updated }) : null]
    .filter(Boolean).join(' · ');

/** Values per request: keeps the query string well under the server's header limit. */
const CHUNK = 250;
const chunks = <T,>(list: T[]) => Array.from({ length: Math.ceil(list.length / CHUNK) }, (_, i) => list.slice(i * CHUNK, (i + 1) * CHUNK));

/**
 * Rows copied from Excel (SKU code or GTIN, optionally a price) become items: read here, looked up
 * together, added; codes nobody knows are listed with their line, never dropped silently.
 */
export const PasteCodesDialog = ({ pricesIgnored, onAdd, onClose }: Props) => {
  const translate = useTranslate();
  const notify = useNotify();
  const errorText = useErrorText();
  const dataProvider = useDataProvider();
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const parsed = useMemo(() => parsePastedCodes(text), [text]);

  const find = async (field: 'code' | 'gtin', values: string[]) => {
    const pages = await Promise.all(chunks(values).map((chunk) =>
      dataProvider.getList<SkuInfo>('skus', { filter: { [field]: chunk }, pagination: { page: 1, perPage: 1000 }, sort: { field: 'code', order: 'ASC' } })));
    return pages.flatMap((page) => page.data);
  };

  const add = async () => {
    setBusy(true);
    try {
      const { codes, gtins } = lookupFilters(parsed.rows);
      const [byCode, byGtin] = await Promise.all([find('code', codes), gtins.length ? find('gtin', gtins) : Promise.resolve([])]);
      const matches = matchPasted(parsed.rows, [...byCode, ...byGtin]);
      const counts = onAdd(matches.found.map(({ row, sku }) => ({ sku, price: pricesIgnored ? null : row.price })));
      const result: Outcome = { ...counts, unknown: matches.unknown, inactive: matches.inactive, problems: parsed.problems };
      const summary = addedText(translate, counts);
      if (!result.unknown.length && !result.inactive.length && !result.problems.length) {
        notify(summary, { type: 'success' });
        onClose();
        return;
      }
      setOutcome(result);
      setText('');
    } catch (error) {
      notify(errorText(error), { type: 'error' });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog open onClose={busy ? undefined : onClose} maxWidth="md" fullWidth data-testid="paste-codes-dialog">
      <DialogTitle>{translate('rx.promotions.paste.title')}</DialogTitle>
      <DialogContent>
        <Typography variant="body2" color="text.secondary" sx={{ mb: 1.5 }}>{translate('rx.promotions.paste.help')}</Typography>
        {pricesIgnored && <Alert severity="info" sx={{ mb: 1.5 }}>{translate('rx.promotions.paste.prices_ignored')}</Alert>}
        {outcome && <PasteOutcome outcome={outcome} />}
        <TextField
          autoFocus
          fullWidth
          multiline
          minRows={8}
          maxRows={16}
          value={text}
          onChange={(e) => setText(e.target.value)}
          placeholder={'HX-IBU-010\t8.50\nHX-SMT-010\t12.80\n6901234567892'}
          slotProps={{ htmlInput: { 'data-testid': 'paste-codes-text', spellCheck: false, style: { fontFamily: 'monospace', fontSize: 13 } } }}
        />
        <Typography variant="caption" color="text.secondary" component="p" sx={{ mt: 0.5 }}>
          {text.trim()
            ? translate(parsed.headerSkipped ? 'rx.promotions.paste.read_header' : 'rx.promotions.paste.read', { smart_count: parsed.rows.length })
            : ' '}
        </Typography>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose} disabled={busy}>{translate(outcome ? 'ra.action.close' : 'ra.action.cancel')}</Button>
        <Button variant="contained" onClick={add} disabled={busy || !parsed.rows.length} data-testid="paste-codes-add">
          {parsed.rows.length ? translate('rx.promotions.paste.add', { smart_count: parsed.rows.length }) : translate('rx.promotions.paste.add_none')}
        </Button>
      </DialogActions>
    </Dialog>
  );
};

const CodeList = ({ title, items, testId }: { title: string; items: { key: string; label: string; title?: string }[]; testId: string }) => (
  <Box sx={{ mt: 1 }} data-testid={testId}>
    <Typography variant="body2" sx={{ fontWeight: 600 }}>{title}</Typography>
    <Stack direction="row" useFlexGap flexWrap="wrap" gap={0.5} sx={{ mt: 0.5 }}>
      {items.map((item) => <Chip key={item.key} size="small" variant="outlined" label={item.label} title={item.title} sx={{ fontFamily: 'monospace' }} />)}
    </Stack>
  </Box>
);

/** What the last paste did: added and updated counts, and every row that could not be added, with its line. */
const PasteOutcome = ({ outcome }: { outcome: Outcome }) => {
  const translate = useTranslate();
  const line = (n: number) => translate('rx.promotions.paste.line', { line: n });
  return (
    <Alert severity={outcome.added + outcome.updated ? 'warning' : 'error'} sx={{ mb: 1.5 }} data-testid="paste-outcome">
      <Typography variant="body2">
        {addedText(translate, outcome)}
      </Typography>
      {outcome.unknown.length > 0 && (
        <CodeList
          testId="paste-unknown"
          title={translate('rx.promotions.paste.unknown', { smart_count: outcome.unknown.length })}
          items={outcome.unknown.map((r) => ({ key: `u${r.line}`, label: r.code, title: line(r.line) }))}
        />
      )}
      {outcome.inactive.length > 0 && (
        <CodeList
          testId="paste-inactive"
          title={translate('rx.promotions.paste.inactive', { smart_count: outcome.inactive.length })}
          items={outcome.inactive.map(({ row, sku }) => ({ key: `i${row.line}`, label: sku.code, title: `${line(row.line)} · ${sku.name}` }))}
        />
      )}
      {outcome.problems.length > 0 && (
        <CodeList
          testId="paste-problems"
          title={translate('rx.promotions.paste.problems', { smart_count: outcome.problems.length })}
          items={outcome.problems.map((p) => ({
            key: `p${p.line}${p.reason}`, label: `${line(p.line)}: ${p.text}`, title: translate(`rx.promotions.paste.problem.${p.reason}`),
          }))}
        />
      )}
    </Alert>
  );
};
