import ReportIcon from '@mui/icons-material/ReportProblemOutlined';
import { Divider, Stack, Typography } from '@mui/material';
import {
  Button, EditButton, Link, NumberField, ReferenceField, Show, TextField, TopToolbar, UrlField, useCanAccess, useRecordContext, useTranslate,
} from 'react-admin';
import { CompanyDateField } from '../common/CompanyDateField';
import { FieldGrid } from '../common/FieldGrid';
import { SectionTitle } from '../common/SectionTitle';
import { ContactLog } from './ContactLog';
import { EvidencePackageButton } from './EvidencePackageButton';
import { LegalNote } from './LegalNote';
import { SellerObservations } from './SellerObservations';
import { AuthorizedField, GroundsField, OpenViolationsField } from './SellerFields';
import type { SellerRecord } from './types';

const Actions = () => {
  const { canAccess } = useCanAccess({ resource: 'sellers', action: 'edit' });
  return (
    <TopToolbar>
      <EvidencePackageButton />
      {canAccess && <EditButton />}
    </TopToolbar>
  );
};

/** Open cases by kind, and a way to the violations list narrowed to this store. */
const Rollup = () => {
  const seller = useRecordContext<SellerRecord>();
  const translate = useTranslate();
  if (!seller) return null;
  const filter = encodeURIComponent(JSON.stringify({ seller_id: seller.id }));
  return (
    <Stack spacing={1} data-testid="seller-rollup">
      <SectionTitle label="resources.sellers.rollup.title" />
      <FieldGrid columns={4}>
        <NumberField source="open_total" />
        <NumberField source="repeat_90d" />
        <NumberField source="observations_90d" />
        <NumberField source="level" />
      </FieldGrid>
      {seller.open_total ? <OpenViolationsField /> : <Typography variant="body2" color="text.secondary">{translate('resources.sellers.rollup.none')}</Typography>}
      <Button component={Link} to={`/violations?filter=${filter}`} label="resources.sellers.rollup.violations" sx={{ alignSelf: 'flex-start' }}>
        <ReportIcon />
      </Button>
    </Stack>
  );
};

/** A store: who it is, whether it may sell, its cases, what it was seen charging, and the conversations with it. */
export const SellerShow = () => (
  <Show actions={<Actions />}>
    <Stack spacing={2} sx={{ p: 2 }}>
      <LegalNote />
      <FieldGrid columns={4}>
        <TextField source="name" />
        <ReferenceField source="channel_id" reference="channels" link="show" />
        <TextField source="shop_id" emptyText="—" />
        <AuthorizedField source="authorized" />
        <TextField source="group_name" emptyText="—" />
        <GroundsField source="grounds" />
        <CompanyDateField source="first_seen_at" showTime emptyText="—" />
        <CompanyDateField source="last_contact_at" showTime emptyText="—" />
        <UrlField source="url" target="_blank" rel="noopener" emptyText="—" />
        <TextField source="notes" emptyText="—" sx={{ whiteSpace: 'pre-wrap' }} />
      </FieldGrid>
      <Divider />
      <Rollup />
      <Divider />
      <ContactLog />
      <Divider />
      <SellerObservations />
    </Stack>
  </Show>
);
