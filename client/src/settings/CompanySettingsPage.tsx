import SaveIcon from '@mui/icons-material/Save';
import {
  Alert, Box, Button, Card, CardContent, CircularProgress, FormControlLabel, InputAdornment, MenuItem, Stack, Switch, TextField, Typography,
} from '@mui/material';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Title, useNotify, usePermissions, useTranslate } from 'react-admin';
import { DEFAULT_ORG_SETTINGS, OrgSettings } from '../../../shared/pricing-schemas';
import type { Role } from '../../../shared/enums';
import { canWrite } from '../../../shared/permissions';
import { ApiError } from '../prices/api';
import { policyApi } from '../policies/api';
import { serverMessageKey } from '../providers/serverMessages';
import { saveCompanySettings, SETTINGS_KEY, TIME_ZONES, type CompanySettings } from './api';

type Field = 'parity_tolerance' | 'auto_approve_threshold' | 'time_zone' | 'severity_low_below_pct' | 'severity_medium_below_pct';

/** Rates are stored as fractions (0.05) and edited as percentages (5). */
const toPercent = (rate: number) => String(Math.round(rate * 10000) / 100);
const toRate = (percent: string) => (percent.trim() === '' ? Number.NaN : Number(percent.replace(',', '.')) / 100);
/** Severity bands are stored as percentages already (5 means 5%). */
const toPercentNumber = (text: string) => (text.trim() === '' ? Number.NaN : Number(text.replace(',', '.')));

/** Company-wide rules: everyone reads them here, admins change them (versioned: a concurrent save is a 409). */
const CompanySettingsPage = () => {
  const { data: stored } = useQuery({ queryKey: SETTINGS_KEY, queryFn: policyApi.settings, staleTime: 60_000 });
  if (!stored) return <CircularProgress sx={{ m: 4 }} />;
  // A new version (saved here or by someone else) starts the form afresh from what is stored.
  return <SettingsForm key={(stored as CompanySettings).version} current={stored as CompanySettings} />;
};

const SettingsForm = ({ current }: { current: CompanySettings }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const queryClient = useQueryClient();
  const { permissions } = usePermissions<Role>();
  const mayEdit = canWrite(permissions, 'settings');
  const [form, setForm] = useState({
    parity: toPercent(current.parity_tolerance), threshold: toPercent(current.auto_approve_threshold), zone: current.time_zone, second: current.require_second_approver,
    low: String(current.severity_low_below_pct ?? DEFAULT_ORG_SETTINGS.severity_low_below_pct),
    medium: String(current.severity_medium_below_pct ?? DEFAULT_ORG_SETTINGS.severity_medium_below_pct),
  });
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [saving, setSaving] = useState(false);
  const zones = TIME_ZONES.includes(current.time_zone) ? TIME_ZONES : [current.time_zone, ...TIME_ZONES];

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const candidate = {
      parity_tolerance: toRate(form.parity), auto_approve_threshold: toRate(form.threshold), time_zone: form.zone, require_second_approver: form.second,
      severity_low_below_pct: toPercentNumber(form.low), severity_medium_below_pct: toPercentNumber(form.medium),
    };
    const checked = OrgSettings.safeParse(candidate);
    if (!checked.success) {
      setErrors(Object.fromEntries(checked.error.issues.map((i) => [String(i.path[0]), i.message])));
      return;
    }
    setErrors({});
    setSaving(true);
    try {
      const saved = await saveCompanySettings({ ...current, ...checked.data });
      queryClient.setQueryData(SETTINGS_KEY, { ...current, ...saved });
      notify('rx.settings.saved', { type: 'success' });
    } catch (e) {
      if (e instanceof ApiError && e.status === 409) {
        notify('rx.settings.stale', { type: 'warning' });
        await queryClient.invalidateQueries({ queryKey: SETTINGS_KEY });
      } else if (e instanceof ApiError && Object.keys(e.errors).length) {
        setErrors(Object.fromEntries(Object.entries(e.errors).map(([field, message]) => [field, serverMessageKey(message)])));
      } else {
        notify(e instanceof ApiError && e.key ? serverMessageKey(e.message) : String((e as Error).message), { type: 'error' });
      }
    } finally {
      setSaving(false);
    }
  };

  const help = (field: Field, text: string) => (errors[field] ? translate(errors[field]!, { _: errors[field] }) : translate(text));
  const percentInput = { input: { endAdornment: <InputAdornment position="end">%</InputAdornment> }, htmlInput: { inputMode: 'decimal' as const } };

  return (
    <Box sx={{ maxWidth: 760, mt: 2 }} component="form" onSubmit={submit} noValidate data-testid="company-settings">
      <Title title={translate('rx.settings.title')} />
      <Card>
        <CardContent>
          <Stack spacing={3}>
            <Typography variant="body2" color="text.secondary">{translate('rx.settings.intro')}</Typography>
            {!mayEdit && <Alert severity="info">{translate('rx.settings.read_only')}</Alert>}
            <Typography variant="h6">{translate('rx.settings.pricing')}</Typography>
            <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
              <TextField
                name="parity_tolerance" label={translate('rx.settings.parity_tolerance')} value={form.parity} disabled={!mayEdit}
                onChange={(e) => setForm({ ...form, parity: e.target.value })} error={!!errors.parity_tolerance}
                helperText={help('parity_tolerance', 'rx.settings.parity_tolerance_help')} slotProps={percentInput} fullWidth
              />
              <TextField
                name="auto_approve_threshold" label={translate('rx.settings.auto_approve_threshold')} value={form.threshold} disabled={!mayEdit}
                onChange={(e) => setForm({ ...form, threshold: e.target.value })} error={!!errors.auto_approve_threshold}
                helperText={help('auto_approve_threshold', 'rx.settings.auto_approve_threshold_help')} slotProps={percentInput} fullWidth
              />
            </Stack>
            <Box>
              <FormControlLabel
                control={<Switch name="require_second_approver" checked={form.second} disabled={!mayEdit} onChange={(e) => setForm({ ...form, second: e.target.checked })} />}
                label={translate('rx.settings.require_second_approver')}
              />
              <Typography variant="body2" color="text.secondary">{translate('rx.settings.require_second_approver_help')}</Typography>
              <Typography variant="body2" color={current.approvers_count < 2 ? 'warning.dark' : 'text.secondary'} sx={{ mt: 0.5 }}>
                {translate('rx.settings.approvers', { smart_count: current.approvers_count })}
              </Typography>
            </Box>
            <Typography variant="h6">{translate('rx.settings.compliance')}</Typography>
            <Typography variant="body2" color="text.secondary">
              {translate('rx.settings.severity_help', { low: form.low || '…', medium: form.medium || '…' })}
            </Typography>
            <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
              <TextField
                name="severity_low_below_pct" label={translate('rx.settings.severity_low_below_pct')} value={form.low} disabled={!mayEdit}
                onChange={(e) => setForm({ ...form, low: e.target.value })} error={!!errors.severity_low_below_pct}
                helperText={help('severity_low_below_pct', 'rx.settings.severity_low_below_pct_help')} slotProps={percentInput} fullWidth
              />
              <TextField
                name="severity_medium_below_pct" label={translate('rx.settings.severity_medium_below_pct')} value={form.medium} disabled={!mayEdit}
                onChange={(e) => setForm({ ...form, medium: e.target.value })} error={!!errors.severity_medium_below_pct}
                helperText={help('severity_medium_below_pct', 'rx.settings.severity_medium_below_pct_help')} slotProps={percentInput} fullWidth
              />
            </Stack>
            <Typography variant="h6">{translate('rx.settings.time')}</Typography>
            <TextField
              select name="time_zone" label={translate('rx.settings.time_zone')} value={form.zone} disabled={!mayEdit}
              onChange={(e) => setForm({ ...form, zone: e.target.value })} error={!!errors.time_zone}
              helperText={help('time_zone', 'rx.settings.time_zone_help')} sx={{ maxWidth: 420 }}
            >
              {zones.map((zone) => (
                <MenuItem key={zone} value={zone}>{translate(`rx.settings.zones.${zone}`, { _: zone })}</MenuItem>
              ))}
            </TextField>
            {form.zone !== current.time_zone && <Alert severity="warning">{translate('rx.settings.time_zone_change')}</Alert>}
            {mayEdit && (
              <Box>
                <Button type="submit" variant="contained" startIcon={<SaveIcon />} disabled={saving}>{translate('ra.action.save')}</Button>
              </Box>
            )}
          </Stack>
        </CardContent>
      </Card>
    </Box>
  );
};

export default CompanySettingsPage;
