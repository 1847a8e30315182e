import { Alert, Button, Stack } from '@mui/material';
import { useTranslate } from 'react-admin';

interface Props {
  count: number;
  refused: number;
  onSubmit(): void;
  onDiscard(): void;
}

/** "N unsaved changes" with Submit and Discard; shown while the matrix holds drafts. */
export const DraftBar = ({ count, refused, onSubmit, onDiscard }: Props) => {
  const translate = useTranslate();
  if (!count) return null;
  return (
    <Alert
      severity={refused ? 'error' : 'info'}
      sx={{ mb: 1, alignItems: 'center' }}
      action={
        <Stack direction="row" spacing={1}>
          <Button color="inherit" size="small" onClick={onDiscard}>{translate('rx.pricing.drafts.discard')}</Button>
          <Button variant="contained" size="small" onClick={onSubmit}>{translate('rx.pricing.drafts.submit')}</Button>
        </Stack>
      }
    >
      {translate('rx.pricing.drafts.count', { smart_count: count })}
      {refused > 0 && ` · ${translate('rx.pricing.drafts.errors', { smart_count: refused })}`}
    </Alert>
  );
};
