import { useTranslate } from 'react-admin';
import { NoteDialog } from './NoteDialog';

interface Props {
  count: number;
  busy: boolean;
  onCancel(): void;
  onConfirm(note: string): void;
}

/** Rejecting needs a reason: the requester sees it in the price history. */
export const RejectDialog = ({ count, busy, onCancel, onConfirm }: Props) => {
  const translate = useTranslate();
  return (
    <NoteDialog
      title={translate('rx.approvals.reject_title')}
      intro={translate('rx.approvals.reject_intro', { smart_count: count })}
      label={translate('rx.approvals.reject_reason')}
      confirmLabel={translate('rx.approvals.reject')}
      color="error"
      busy={busy}
      onCancel={onCancel}
      onConfirm={onConfirm}
    />
  );
};
