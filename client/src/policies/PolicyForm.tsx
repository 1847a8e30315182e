import { Button, Stack, TextField } from '@mui/material';
import { useState } from 'react';
import { useDataProvider, useNotify, usePermissions, useTranslate } from 'react-admin';
import type { Role } from '../../../shared/enums';
import { PricePolicy } from '../../../shared/pricing-schemas';
import { useServerText } from '../prices/useServerText';
import type { PolicyRecord } from './api';

/** "26,5" is 26.5: a decimal comma is a decimal point, never dropped. */
const toNumber = (text: string) => (text.trim() === '' ? NaN : Number(text.trim().replace(',', '.')));

/** Sets or changes a SKU's control price and promotion floor; a lowering by sales is held for a manager. */
export const PolicyForm = ({ skuId, policy, onSaved }: { skuId: number; policy?: PolicyRecord; onSaved(): void }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const serverText = useServerText();
  const dataProvider = useDataProvider();
  const { permissions } = usePermissions<Role>();
  const [control, setControl] = useState(policy ? String(policy.control_price) : '');
  const [floor, setFloor] = useState(policy ? String(policy.promo_floor_price) : '');
  const [saving, setSaving] = useState(false);
  const parsed = PricePolicy.safeParse({ sku_id: skuId, control_price: toNumber(control), promo_floor_price: toNumber(floor) });

  const save = async () => {
    if (!parsed.success) return;
    setSaving(true);
    try {
      const data = { ...parsed.data, ...(policy ? { version: policy.version } : {}) };
      const { data: saved } = policy
        ? await dataProvider.update<PolicyRecord>('price-policies', { id: policy.id, data, previousData: policy })
        : await dataProvider.create<PolicyRecord>('price-policies', { data });
      notify(saved.pending_change ? 'rx.policies.held' : 'rx.policies.saved', { type: saved.pending_change ? 'info' : 'success' });
      onSaved();
    } catch (error) {
      notify(serverText((error as Error).message), { type: 'error' });
    } finally {
      setSaving(false);
    }
  };

  return (
    <Stack direction="row" spacing={1} sx={{ alignItems: 'flex-start', flexWrap: 'wrap', rowGap: 1 }}>
      <TextField size="small" label={translate('rx.policies.control_price')} value={control} onChange={(e) => setControl(e.target.value)}
        slotProps={{ htmlInput: { inputMode: 'decimal' } }} helperText={permissions === 'sales' ? translate('rx.policies.sales_hint') : ' '} />
      <TextField size="small" label={translate('rx.policies.promo_floor_price')} value={floor} onChange={(e) => setFloor(e.target.value)}
        slotProps={{ htmlInput: { inputMode: 'decimal' } }} error={!!floor && !parsed.success} helperText=" " />
      <Button variant="contained" size="medium" disabled={saving || !parsed.success} onClick={save}>
        {translate('ra.action.save')}
      </Button>
    </Stack>
  );
};
