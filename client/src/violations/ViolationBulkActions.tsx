import AcknowledgeIcon from '@mui/icons-material/VisibilityOutlined';
import AssignIcon from '@mui/icons-material/PersonAddAlt1Outlined';
import ResolveIcon from '@mui/icons-material/TaskAltOutlined';
import WaiveIcon from '@mui/icons-material/DoNotDisturbAltOutlined';
import { useState } from 'react';
import { Button, Confirm, useListContext, useTranslate } from 'react-admin';
import { AssignDialog } from './AssignDialog';
import { TextDialog } from './TextDialog';
import { useBulkViolationAction } from './useViolationActions';

type Asking = 'resolve' | 'waive' | 'assign' | null;

/** Acknowledge, resolve, waive (with a reason) or assign the selected violations in one call each. */
export const ViolationBulkActions = () => {
  const { selectedIds } = useListContext();
  const translate = useTranslate();
  const { busy, run } = useBulkViolationAction();
  const [asking, setAsking] = useState<Asking>(null);
  const count = selectedIds.length;
  const close = () => setAsking(null);
  return (
    <>
      <Button label="rx.violations.actions.acknowledge" disabled={busy} onClick={() => run('acknowledge', selectedIds)} data-testid="bulk-acknowledge">
        <AcknowledgeIcon />
      </Button>
      <Button label="rx.violations.actions.resolve" color="success" disabled={busy} onClick={() => setAsking('resolve')} data-testid="bulk-resolve">
        <ResolveIcon />
      </Button>
      <Button label="rx.violations.actions.waive" disabled={busy} onClick={() => setAsking('waive')} data-testid="bulk-waive">
        <WaiveIcon />
      </Button>
      <Button label="rx.violations.actions.assign" disabled={busy} onClick={() => setAsking('assign')} data-testid="bulk-assign">
        <AssignIcon />
      </Button>
      <Confirm
        isOpen={asking === 'resolve'}
        loading={busy}
        title="rx.violations.dialog.confirm_title"
        titleTranslateOptions={{ action: translate('rx.violations.actions.resolve'), smart_count: count }}
        content="rx.violations.dialog.confirm_content"
        confirm="rx.violations.actions.resolve"
        onConfirm={() => run('resolve', selectedIds).then(close)}
        onClose={close}
      />
      {asking === 'waive' && (
        <TextDialog
          title={translate('rx.violations.dialog.waive_title', { smart_count: count })}
          intro={translate('rx.violations.dialog.waive_intro')}
          label={translate('rx.violations.dialog.reason')}
          confirmLabel={translate('rx.violations.actions.waive')}
          maxLength={500}
          busy={busy}
          testId="waive-dialog"
          onCancel={close}
          onConfirm={(reason) => run('waive', selectedIds, { reason }).then(close)}
        />
      )}
      {asking === 'assign' && (
        <AssignDialog count={count} busy={busy} onCancel={close} onConfirm={(userId) => run('assign', selectedIds, { user_id: userId }).then(close)} />
      )}
    </>
  );
};
