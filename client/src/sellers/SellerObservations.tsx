import { Stack, Typography } from '@mui/material';
import { Datagrid, ReferenceField, ReferenceManyField, useTranslate } from 'react-admin';
import { CompanyDateField } from '../common/CompanyDateField';
import { MoneyField } from '../common/MoneyField';
import { SectionTitle } from '../common/SectionTitle';
import { BreachesField, CompliantField } from '../observations/BreachesField';
import { EvidenceLink } from '../observations/EvidenceLink';

/** What the store was last seen charging, newest first. */
export const SellerObservations = () => {
  const translate = useTranslate();
  return (
    <Stack spacing={1}>
      <SectionTitle label="resources.sellers.observations.title" />
      <ReferenceManyField reference="price-observations" target="seller_id" sort={{ field: 'observed_at', order: 'DESC' }} perPage={10}
        empty={<Typography variant="body2" color="text.secondary">{translate('resources.sellers.observations.none')}</Typography>}>
        <Datagrid bulkActionButtons={false} rowClick="show" resource="price-observations" sx={{ '& td': { whiteSpace: 'nowrap' } }}>
          <CompanyDateField source="observed_at" showTime />
          <ReferenceField source="sku_id" reference="skus" link={false} />
          <MoneyField source="price" textAlign="right" />
          <CompliantField source="compliant" />
          <BreachesField source="breaches" sortable={false} />
          <EvidenceLink source="evidence_id" sortable={false} />
        </Datagrid>
      </ReferenceManyField>
    </Stack>
  );
};
