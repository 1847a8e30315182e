import { Alert, Box, Card, CardContent, Stack, Typography } from '@mui/material';
import { useGetList, usePermissions, useRecordContext, useTranslate } from 'react-admin';
import type { Role } from '../../../shared/enums';
import { canApprovePrices, canWrite } from '../../../shared/permissions';
import { usePriceFormat } from '../prices/format';
import type { PolicyRecord } from './api';
import { PolicyDecisionButtons } from './PolicyDecisionButtons';
import { PolicyForm } from './PolicyForm';
import { PolicyHistory } from './PolicyHistory';

/** The SKU page's price policy: values in force, a waiting lowering with its decision, the edit form and the history. */
export const PolicyPanel = () => {
  const sku = useRecordContext();
  const translate = useTranslate();
  const format = usePriceFormat();
  const { permissions } = usePermissions<Role>();
  const { data, refetch, isPending } = useGetList<PolicyRecord>(
    'price-policies',
    { filter: { sku_id: sku?.id }, pagination: { page: 1, perPage: 1 }, sort: { field: 'id', order: 'ASC' } },
    { enabled: !!sku },
  );
  if (!sku || isPending) return null;
  const policy = data?.[0];
  const pending = policy?.pending_change;
  return (
    <Card variant="outlined" sx={{ mt: 2 }} aria-labelledby="policy-title">
      <CardContent>
        <Typography id="policy-title" variant="h6" gutterBottom>{translate('rx.policies.title')}</Typography>
        {policy ? (
          <Stack direction="row" spacing={4} sx={{ mb: 2 }}>
            <Box>
              <Typography variant="caption" color="text.secondary">{translate('rx.policies.control_price')}</Typography>
              <Typography variant="h6">{format.money(policy.control_price)}</Typography>
            </Box>
            <Box>
              <Typography variant="caption" color="text.secondary">{translate('rx.policies.promo_floor_price')}</Typography>
              <Typography variant="h6">{format.money(policy.promo_floor_price)}</Typography>
            </Box>
          </Stack>
        ) : (
          <Typography color="text.secondary" sx={{ mb: 2 }}>{translate('rx.policies.none')}</Typography>
        )}
        {policy && pending && (
          <Alert severity="warning" sx={{ mb: 2 }} action={canApprovePrices(permissions) ? <PolicyDecisionButtons policy={policy} onDone={refetch} /> : undefined}>
            {translate('rx.policies.pending', { control: format.money(pending.control_price), floor: format.money(pending.promo_floor_price) })}
            <Typography variant="caption" sx={{ display: 'block' }}>
              {translate('rx.policies.pending_by', { who: pending.requested_by_email, at: format.dateTime(pending.requested_at) })}
            </Typography>
          </Alert>
        )}
        {canWrite(permissions, 'price-policies') && (
          <PolicyForm key={policy?.version ?? 0} skuId={Number(sku.id)} policy={policy} onSaved={refetch} />
        )}
        {policy && (
          <Box sx={{ mt: 2, overflowX: 'auto' }}>
            <Typography variant="subtitle2" gutterBottom>{translate('rx.policies.history_title')}</Typography>
            <PolicyHistory policyId={policy.id} version={policy.version} />
          </Box>
        )}
      </CardContent>
    </Card>
  );
};
