import RefreshIcon from '@mui/icons-material/PublishedWithChangesOutlined';
import { useState } from 'react';
import { Button, Confirm, useCanAccess, useNotify, useRefresh, useTranslate } from 'react-admin';
import { useErrorText } from '../promotions/useErrorText';
import { useIntlLocale } from '../common/useIntlLocale';
import { reevaluate } from './api';

/** Managers and admins re-run the rules over every price now (asked first), then see what opened and resolved. */
export const ReevaluateButton = () => {
  const { canAccess } = useCanAccess({ resource: 'violations', action: 'edit' });
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const errorText = useErrorText();
  const locale = useIntlLocale();
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  if (!canAccess) return null;
  const run = async () => {
    setBusy(true);
    try {
      const result = await reevaluate();
      const n = (value: number) => value.toLocaleString(locale);
      const seconds = (result.ms / 1000).toLocaleString(locale, { maximumFractionDigits: 1 });
      notify(translate('rx.compliance.reevaluate.done', { evaluated: n(result.evaluated), opened: n(result.opened), resolved: n(result.resolved), seconds }), {
        type: 'success', autoHideDuration: 8000,
      });
    } catch (error) {
      notify(errorText(error), { type: 'error', autoHideDuration: 10000 });
    } finally {
      setBusy(false);
      setAsking(false);
      refresh();
    }
  };
  return (
    <>
      <Button label="rx.compliance.reevaluate.button" variant="outlined" onClick={() => setAsking(true)} disabled={busy} data-testid="compliance-reevaluate">
        <RefreshIcon />
      </Button>
      <Confirm
        isOpen={asking}
        loading={busy}
        title="rx.compliance.reevaluate.title"
        content="rx.compliance.reevaluate.content"
        confirm="rx.compliance.reevaluate.button"
        onConfirm={run}
        onClose={() => setAsking(false)}
      />
    </>
  );
};
