import { Alert } from '@mui/material';
import { Title, useCanAccess, useTranslate } from 'react-admin';
import { OBSERVATION_IMPORT } from './flavours';
import { ImportWizard } from './SalesImportWizard';

/**
 * `/price-observations/import`: a price-watch sheet (prices seen per store) through the sales import
 * wizard, into the observations of one channel; each price is checked against the policy as it lands.
 * Only roles that may enter observations see the wizard (the server refuses the others anyway).
 */
export default function ObservationImportPage() {
  const translate = useTranslate();
  const { canAccess, isPending } = useCanAccess({ resource: 'price-observations', action: 'create' });
  if (isPending) return null;
  if (!canAccess) {
    return (
      <>
        <Title title={translate(OBSERVATION_IMPORT.title)} />
        <Alert severity="warning" sx={{ mt: 2 }} data-testid="observation-import-forbidden">{translate('rx.salesData.observations.forbidden')}</Alert>
      </>
    );
  }
  return <ImportWizard flavour={OBSERVATION_IMPORT} />;
}
