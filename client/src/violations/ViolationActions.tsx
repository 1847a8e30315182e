import AcknowledgeIcon from '@mui/icons-material/VisibilityOutlined';
import AssignIcon from '@mui/icons-material/PersonAddAlt1Outlined';
import CommentIcon from '@mui/icons-material/ChatBubbleOutline';
import GavelIcon from '@mui/icons-material/GavelOutlined';
import ResolveIcon from '@mui/icons-material/TaskAltOutlined';
import WaiveIcon from '@mui/icons-material/DoNotDisturbAltOutlined';
import { useState } from 'react';
import { Button, ListButton, TopToolbar, useCanAccess, useRecordContext, useTranslate } from 'react-admin';
import { violationApi } from './api';
import { AssignDialog } from './AssignDialog';
import { mayAcknowledge, mayAssign, mayResolve, mayWaive } from './choices';
import { GroundsDialog } from './GroundsDialog';
import { TextDialog } from './TextDialog';
import { PartnerNoticeButton } from './PartnerNoticeButton';
import type { ViolationRecord } from './types';
import { useViolationAction } from './useViolationActions';

type Asking = 'waive' | 'assign' | 'comment' | 'grounds' | null;

/** The workflow on one violation for managers and admins, by its status; each call notifies and reloads. */
export const ViolationActions = () => {
  const record = useRecordContext<ViolationRecord>();
  const translate = useTranslate();
  const { canAccess: mayAct } = useCanAccess({ resource: 'violations', action: 'edit' });
  const { busy, run } = useViolationAction();
  const [asking, setAsking] = useState<Asking>(null);
  if (!record) return <TopToolbar />;
  const { id, status } = record;
  const close = () => setAsking(null);
  const act = (action: string, call: () => Promise<unknown>) => run(action, call).then((ok) => ok && close());
  return (
    <TopToolbar sx={{ alignItems: 'center', gap: 0.5, flexWrap: 'wrap' }}>
      {mayAct && mayAcknowledge(status) && (
        <Button label="rx.violations.actions.acknowledge" variant="outlined" disabled={busy} onClick={() => act('acknowledge', () => violationApi.acknowledge(id))} data-testid="violation-acknowledge">
          <AcknowledgeIcon />
        </Button>
      )}
      {mayAct && mayResolve(status) && (
        <Button label="rx.violations.actions.resolve" variant="contained" color="success" disabled={busy} onClick={() => act('resolve', () => violationApi.resolve(id))} data-testid="violation-resolve">
          <ResolveIcon />
        </Button>
      )}
      {mayAct && mayWaive(status) && (
        <Button label="rx.violations.actions.waive" disabled={busy} onClick={() => setAsking('waive')} data-testid="violation-waive">
          <WaiveIcon />
        </Button>
      )}
      {mayAct && mayAssign(status) && (
        <Button label="rx.violations.actions.assign" disabled={busy} onClick={() => setAsking('assign')} data-testid="violation-assign">
          <AssignIcon />
        </Button>
      )}
      {mayAct && record.kind === 'unauthorized_seller' && (
        <Button label="rx.violations.actions.grounds" disabled={busy} onClick={() => setAsking('grounds')} data-testid="violation-grounds">
          <GavelIcon />
        </Button>
      )}
      {mayAct && (
        <Button label="rx.violations.actions.comment" disabled={busy} onClick={() => setAsking('comment')} data-testid="violation-comment">
          <CommentIcon />
        </Button>
      )}
      <PartnerNoticeButton />
      <ListButton />
      {asking === 'waive' && (
        <TextDialog
          title={translate('rx.violations.dialog.waive_title', { smart_count: 1 })}
          intro={translate('rx.violations.dialog.waive_intro')}
          label={translate('rx.violations.dialog.reason')}
          confirmLabel={translate('rx.violations.actions.waive')}
          maxLength={500}
          busy={busy}
          testId="waive-dialog"
          onCancel={close}
          onConfirm={(reason) => act('waive', () => violationApi.waive(id, reason))}
        />
      )}
      {asking === 'comment' && (
        <TextDialog
          title={translate('rx.violations.dialog.comment_title')}
          label={translate('rx.violations.dialog.comment')}
          confirmLabel={translate('rx.violations.dialog.save')}
          maxLength={2000}
          busy={busy}
          testId="comment-dialog"
          onCancel={close}
          onConfirm={(note) => act('comment', () => violationApi.comment(id, note))}
        />
      )}
      {asking === 'assign' && (
        <AssignDialog count={1} current={record.assignee_id} busy={busy} onCancel={close} onConfirm={(userId) => act('assign', () => violationApi.assign(id, userId))} />
      )}
      {asking === 'grounds' && (
        <GroundsDialog current={record.grounds} busy={busy} onCancel={close} onConfirm={(grounds) => act('grounds', () => violationApi.grounds(id, grounds))} />
      )}
    </TopToolbar>
  );
};
