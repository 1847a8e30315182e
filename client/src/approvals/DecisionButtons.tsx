import ApproveIcon from '@mui/icons-material/CheckCircleOutline';
import RejectIcon from '@mui/icons-material/HighlightOff';
import { Box, IconButton, Stack, Tooltip } from '@mui/material';
import { useState } from 'react';
import { Button, useTranslate, type Identifier } from 'react-admin';
import { NoteDialog } from './NoteDialog';
import { RejectDialog } from './RejectDialog';
import { useDecidePrices } from './useDecidePrices';

interface Props {
  ids: readonly Identifier[];
  /** Why the buttons are disabled (e.g. the manager's own request), shown as their tooltip. */
  disabledReason?: string;
  /** Icon buttons for table rows, labelled buttons for the bulk toolbar. */
  compact?: boolean;
  /** The approver's own request (allowed by the company): approving needs a note. */
  approveNeedsNote?: boolean;
}

/** Approve and Reject for the given requests; used per row and for the bulk selection. */
export const DecisionButtons = ({ ids, disabledReason, compact, approveNeedsNote }: Props) => {
  const translate = useTranslate();
  const { decide, deciding } = useDecidePrices();
  const [rejecting, setRejecting] = useState(false);
  const [noting, setNoting] = useState(false);
  const disabled = deciding || !ids.length || !!disabledReason;
  const approve = () => (approveNeedsNote ? setNoting(true) : decide(ids, 'approve'));
  const reject = () => setRejecting(true);
  return (
    <Stack direction="row" spacing={0.5} onClick={(e) => e.stopPropagation()}>
      {compact ? (
        <Tooltip title={disabledReason ?? ''}>
          <Box component="span" sx={{ display: 'inline-flex', whiteSpace: 'nowrap' }}>
            <IconButton size="small" color="success" disabled={disabled} onClick={approve} aria-label={translate('rx.approvals.approve')}>
              <ApproveIcon fontSize="small" />
            </IconButton>
            <IconButton size="small" color="error" disabled={disabled} onClick={reject} aria-label={translate('rx.approvals.reject')}>
              <RejectIcon fontSize="small" />
            </IconButton>
          </Box>
        </Tooltip>
      ) : (
        <>
          <Button label="rx.approvals.approve" color="success" disabled={disabled} onClick={approve}>
            <ApproveIcon />
          </Button>
          <Button label="rx.approvals.reject" color="error" disabled={disabled} onClick={reject}>
            <RejectIcon />
          </Button>
        </>
      )}
      {noting && (
        <NoteDialog
          title={translate('rx.approvals.self_note_title')}
          intro={translate('rx.approvals.self_note_intro')}
          label={translate('rx.approvals.self_note_label')}
          confirmLabel={translate('rx.approvals.approve')}
          color="success"
          busy={deciding}
          onCancel={() => setNoting(false)}
          onConfirm={(note) => decide(ids, 'approve', note).then(() => setNoting(false))}
        />
      )}
      {rejecting && (
        <RejectDialog
          count={ids.length}
          busy={deciding}
          onCancel={() => setRejecting(false)}
          onConfirm={(note) => decide(ids, 'reject', note).then(() => setRejecting(false))}
        />
      )}
    </Stack>
  );
};
