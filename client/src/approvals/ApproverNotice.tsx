import { Alert } from '@mui/material';
import { useTranslate } from 'react-admin';
import { useApprovalSettings } from '../policies/useApprovalSettings';

/** Says so when nobody but the reader can decide: their own requests then wait forever unless the company allows self-approval. */
export const ApproverNotice = () => {
  const translate = useTranslate();
  const settings = useApprovalSettings();
  if (!settings || settings.approvers_count > 1) return null;
  return (
    <Alert severity={settings.require_second_approver ? 'warning' : 'info'} sx={{ mt: 1 }}>
      {translate(settings.require_second_approver ? 'rx.approvals.no_other_approver' : 'rx.approvals.no_other_approver_self')}
    </Alert>
  );
};
