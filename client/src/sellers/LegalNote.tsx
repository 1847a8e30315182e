import GavelIcon from '@mui/icons-material/GavelOutlined';
import { Alert, AlertTitle } from '@mui/material';
import { useTranslate } from 'react-admin';

/** The Anti-Monopoly Law line every conversation with a partner keeps to. */
export const LegalNote = () => {
  const translate = useTranslate();
  return (
    <Alert severity="info" icon={<GavelIcon />} data-testid="seller-legal-note" sx={{ maxWidth: 960 }}>
      <AlertTitle>{translate('resources.sellers.legal.title')}</AlertTitle>
      {translate('resources.sellers.legal.text')}
    </Alert>
  );
};
