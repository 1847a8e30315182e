import GavelIcon from '@mui/icons-material/GavelOutlined';
import { Alert, AlertTitle } from '@mui/material';
import { useTranslate } from 'react-admin';

/** What the law lets the company do about an independent partner's price or store (shown on partner kinds). */
export const LegalNote = () => {
  const translate = useTranslate();
  return (
    <Alert severity="info" icon={<GavelIcon />} data-testid="violation-legal-note">
      <AlertTitle>{translate('rx.violations.legal.title')}</AlertTitle>
      {translate('rx.violations.legal.text')}
    </Alert>
  );
};
