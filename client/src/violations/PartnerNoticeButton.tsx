import MailIcon from '@mui/icons-material/MailOutline';
import { Button as MuiButton, Dialog, DialogActions, DialogContent, DialogTitle, TextField, ToggleButton, ToggleButtonGroup, Typography } from '@mui/material';
import { useState } from 'react';
import { Button, useCanAccess, useGetIdentity, useLocaleState, useNotify, useRecordContext, useTranslate } from 'react-admin';
import { partnerNotice } from '../../../shared/partner-notice';
import { usePeriodFormat } from '../promotions/usePeriodFormat';
import type { ViolationRecord } from './types';

const yuan = (n: number | null) => (n ?? 0).toFixed(2);

/** For a partner seen below the suggested price: a lawful note to send, copied or logged as the store's conversation. */
export const PartnerNoticeButton = () => {
  const record = useRecordContext<ViolationRecord>();
  const translate = useTranslate();
  const notify = useNotify();
  const [uiLocale] = useLocaleState();
  const { identity } = useGetIdentity();
  const { instant } = usePeriodFormat();
  const { canAccess: mayLog } = useCanAccess({ resource: 'sellers', action: 'edit' });
  const [open, setOpen] = useState(false);
  const [locale, setLocale] = useState<'zh' | 'en'>(uiLocale === 'en' ? 'en' : 'zh');
  const [edited, setEdited] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  if (!record || record.kind !== 'partner_below_control') return null;
  const notice = partnerNotice({
    company: String(identity?.organization?.name ?? ''), store: record.seller_name ?? record.channel_name, channel: record.channel_name,
    sku: `${record.sku_code} ${record.sku_name}`, observedPrice: yuan(record.actual), suggestedPrice: yuan(record.expected), observedAt: instant(record.last_seen_at),
  }, locale);
  const text = edited ?? `${notice.subject}\n\n${notice.body}`;
  const log = async () => {
    setBusy(true);
    const res = await fetch(`/api/sellers/${record.seller_id}/contacts`, {
      method: 'POST', credentials: 'include', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ kind: 'letter', note: text.slice(0, 2000) }),
    });
    setBusy(false);
    if (res.ok) {
      notify('rx.violations.notice.logged', { type: 'success' });
      setOpen(false);
    } else notify((await res.json().catch(() => ({}))).message ?? res.statusText, { type: 'error' });
  };
  return (
    <>
      <Button label="rx.violations.actions.notice" onClick={() => setOpen(true)} data-testid="violation-notice"><MailIcon /></Button>
      <Dialog open={open} onClose={() => setOpen(false)} maxWidth="md" fullWidth data-testid="partner-notice">
        <DialogTitle>{translate('rx.violations.notice.title')}</DialogTitle>
        <DialogContent>
          <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>{translate('rx.violations.notice.intro')}</Typography>
          <ToggleButtonGroup size="small" exclusive value={locale} onChange={(_, v) => { if (v) { setLocale(v); setEdited(null); } }} sx={{ mb: 2 }}>
            <ToggleButton value="zh">中文</ToggleButton>
            <ToggleButton value="en">English</ToggleButton>
          </ToggleButtonGroup>
          <TextField fullWidth multiline minRows={10} value={text} onChange={(e) => setEdited(e.target.value)} slotProps={{ htmlInput: { 'data-testid': 'partner-notice-text', maxLength: 2000 } }} />
        </DialogContent>
        <DialogActions>
          <MuiButton onClick={() => navigator.clipboard.writeText(text).then(() => notify('rx.violations.notice.copied', { type: 'info' }))}>
            {translate('rx.violations.notice.copy')}
          </MuiButton>
          {mayLog && record.seller_id && (
            <MuiButton variant="contained" disabled={busy} onClick={log} data-testid="partner-notice-log">{translate('rx.violations.notice.log')}</MuiButton>
          )}
        </DialogActions>
      </Dialog>
    </>
  );
};
