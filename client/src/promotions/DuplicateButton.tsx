import ContentCopyIcon from '@mui/icons-material/ContentCopy';
import { useState } from 'react';
import { Button, useCreatePath, useRecordContext, useTranslate } from 'react-admin';
import { useNavigate } from 'react-router-dom';
import { duplicateOf } from './formValues';
import type { PromotionRecord } from './types';

/** Opens a new promotion filled from this one ("… (copy)"), which remembers where it came from. */
export const DuplicateButton = ({ variant }: { variant?: 'text' | 'outlined' | 'contained' }) => {
  const record = useRecordContext<PromotionRecord>();
  const translate = useTranslate();
  const navigate = useNavigate();
  const createPath = useCreatePath();
  const [now] = useState(() => Date.now());
  if (!record) return null;
  const open = () => navigate(createPath({ resource: 'promotions', type: 'create' }), {
    state: { record: duplicateOf(record, translate('rx.promotions.copy_suffix'), now) },
  });
  return (
    <Button label="rx.promotions.actions.duplicate" onClick={open} variant={variant} data-testid="promotion-duplicate">
      <ContentCopyIcon />
    </Button>
  );
};
