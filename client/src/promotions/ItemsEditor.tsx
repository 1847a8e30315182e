import ContentPasteIcon from '@mui/icons-material/ContentPaste';
import { Box, Button, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useMemo, useState } from 'react';
import { useNotify, useTranslate } from 'react-admin';
import { useFieldArray, useFormContext, useWatch } from 'react-hook-form';
import { rxGuardRefuses, type PromotionType } from '../../../shared/promotions';
import { SectionTitle } from '../common/SectionTitle';
import { FormErrorText } from './FormErrorText';
import { emptyItem, type ItemValues } from './formValues';
import { columnLabel, itemColumns } from './itemColumns';
import { ItemRow } from './ItemRow';
import { PasteCodesDialog, type AddCounts } from './PasteCodesDialog';
import { RxGuardWarning, type RxConflict } from './RxGuardWarning';
import { SkuSearch } from './SkuSearch';
import type { SkuInfo } from './types';
import { useChannelMap } from './useChannelMap';
import { useSkuFacts } from './useSkuFacts';

/**
 * The promotion's SKUs as a table whose columns follow the type; SKUs are added one by one (search
 * by code, name or pinyin) or pasted from Excel. Rx SKUs on consumer channels are flagged here,
 * before the server refuses them.
 */
export const ItemsEditor = ({ showSold }: { showSold: boolean }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const { setValue } = useFormContext();
  const type = useWatch({ name: 'type' }) as PromotionType;
  const channelIds = (useWatch({ name: 'channel_ids' }) ?? []) as number[];
  const watched = useWatch({ name: 'items' }) as ItemValues[] | undefined;
  const items = useMemo(() => watched ?? [], [watched]);
  const { fields, append, remove } = useFieldArray({ name: 'items' });
  const [pasting, setPasting] = useState(false);
  const facts = useSkuFacts(items.map((i) => i.sku_id));
  const channels = useChannelMap();
  const columns = itemColumns(type, showSold);
  const taken = useMemo(() => new Set(items.map((i) => i.sku_id).filter((id): id is number => id != null)), [items]);

  const consumerChannels = channelIds.map((id) => channels.get(id)).filter((c) => c && c.audience === 'b2c').map((c) => c!.name);
  const rxRefusedOn = (skuId: number | null) => {
    const rxClass = skuId == null ? null : facts.get(skuId)?.rxClass;
    return rxClass && rxGuardRefuses(rxClass, 'b2c') ? consumerChannels : [];
  };
  const conflicts: RxConflict[] = items.flatMap((item) => {
    const on = rxRefusedOn(item.sku_id);
    const sku = item.sku_id == null ? undefined : facts.get(item.sku_id)?.sku;
    return on.length && sku ? [{ skuCode: sku.code, skuName: sku.name, channels: on }] : [];
  });

  const pick = (sku: SkuInfo) => {
    if (taken.has(sku.id)) notify('rx.promotions.sku_taken', { type: 'info' });
    else append(emptyItem(sku.id, type));
  };

  const addPasted = (found: { sku: SkuInfo; price: number | null }[]): AddCounts => {
    const counts: AddCounts = { added: 0, updated: 0, unchanged: 0 };
    const fresh: ItemValues[] = [];
    for (const { sku, price } of found) {
      const at = items.findIndex((i) => i.sku_id === sku.id);
      if (at < 0) {
        fresh.push(emptyItem(sku.id, type, price));
        counts.added++;
      } else if (price !== null && type !== 'volume_tier') {
        setValue(`items.${at}.promo_price`, price, { shouldDirty: true });
        if (type === 'limited_discount') setValue(`items.${at}.discount_pct`, null, { shouldDirty: true });
        counts.updated++;
      } else counts.unchanged++;
    }
    if (fresh.length) append(fresh);
    return counts;
  };

  return (
    <Box sx={{ width: '100%' }}>
      <SectionTitle label="rx.promotions.sections.items" />
      <RxGuardWarning conflicts={conflicts} />
      {fields.length > 0 && (
        <Box sx={{ overflowX: 'auto', width: 0, minWidth: '100%', border: 1, borderColor: 'divider', borderRadius: 1, mb: 1 }}>
          <Table size="small" data-testid="promotion-items">
            <TableHead>
              <TableRow sx={{ '& th': { px: 0.5, whiteSpace: 'nowrap', fontWeight: 600, bgcolor: '#fafbfc' } }}>
                <TableCell>#</TableCell>
                <TableCell>{translate('resources.promotions.item.sku_id')}</TableCell>
                {columns.map((column) => (
                  <TableCell key={column} align={column === 'sold' ? 'right' : 'left'}>{translate(columnLabel(type, column))}</TableCell>
                ))}
                <TableCell />
              </TableRow>
            </TableHead>
            <TableBody>
              {fields.map((field, index) => {
                const skuId = items[index]?.sku_id ?? null;
                return (
                  <ItemRow
                    key={field.id}
                    index={index}
                    type={type}
                    columns={columns}
                    facts={skuId == null ? undefined : facts.get(skuId)}
                    rxRefusedOn={rxRefusedOn(skuId)}
                    onRemove={() => remove(index)}
                  />
                );
              })}
            </TableBody>
          </Table>
        </Box>
      )}
      {fields.length === 0 && (
        <Typography variant="body2" color="text.secondary" sx={{ py: 2 }}>{translate('rx.promotions.no_items')}</Typography>
      )}
      <FormErrorText name="items" />
      <Stack direction="row" spacing={2} alignItems="center" sx={{ mt: 1, mb: 2 }}>
        <SkuSearch taken={taken} onPick={pick} />
        <Button startIcon={<ContentPasteIcon />} onClick={() => setPasting(true)} data-testid="paste-codes">
          {translate('rx.promotions.paste.open')}
        </Button>
        {fields.length > 0 && (
          <Typography variant="caption" color="text.secondary">{translate('rx.promotions.items_count', { smart_count: fields.length })}</Typography>
        )}
      </Stack>
      {pasting && <PasteCodesDialog pricesIgnored={type === 'volume_tier'} onAdd={addPasted} onClose={() => setPasting(false)} />}
    </Box>
  );
};
