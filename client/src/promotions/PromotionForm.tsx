import { Alert, Box } from '@mui/material';
import type { MouseEvent } from 'react';
import { BooleanInput, DeleteButton, SaveButton, TextInput, Toolbar, useRecordContext, useTranslate } from 'react-admin';
import { PromotionInput } from '../../../shared/promotion-schemas';
import { FormRow } from '../common/FormRow';
import { InstantInput } from '../common/InstantInput';
import { MoneyInput } from '../common/NumberInputs';
import { SectionTitle } from '../common/SectionTitle';
import { ValidatedForm } from '../common/ValidatedForm';
import { zodValidate } from '../forms/zodValidate';
import { ChannelsInput } from './ChannelsInput';
import { toPayload, type PromotionFormValues } from './formValues';
import { ItemsEditor } from './ItemsEditor';
import { TypeSelector } from './TypeSelector';
import { TypeSettings } from './TypeSettings';
import type { PromotionRecord } from './types';

const validateBody = zodValidate(PromotionInput);
/** The shared schema checks what would be sent: the type's own fields only, so hidden ones never count. */
export const validatePromotion = (values: Record<string, unknown>) => validateBody(toPayload(values as unknown as PromotionFormValues) as unknown as Record<string, unknown>);
export const promotionTransform = (values: Record<string, unknown>) => toPayload(values as unknown as PromotionFormValues);

const keepFocus = (event: MouseEvent) => event.preventDefault();

const PromotionToolbar = ({ saved }: { saved?: PromotionRecord }) => (
  <Toolbar>
    <Box sx={{ display: 'flex', justifyContent: 'space-between', width: '100%' }}>
      <SaveButton onMouseDown={keepFocus} label={saved ? 'ra.action.save' : 'rx.promotions.save_draft'} />
      {saved?.status === 'draft' && <DeleteButton record={saved} mutationMode="pessimistic" redirect="list" />}
    </Box>
  </Toolbar>
);

/** What the saved promotion's status means for this edit. */
const EditNotice = ({ saved }: { saved?: PromotionRecord }) => {
  const translate = useTranslate();
  if (saved?.status === 'approved') {
    return (
      <Alert severity="info" sx={{ mb: 2, width: '100%' }} data-testid="approved-edit-notice">
        {translate(saved.state === 'running' ? 'rx.promotions.notice.running_edit' : 'rx.promotions.notice.scheduled_edit')}
      </Alert>
    );
  }
  if (saved?.status === 'pending') return <Alert severity="info" sx={{ mb: 2, width: '100%' }}>{translate('rx.promotions.notice.pending_edit')}</Alert>;
  return null;
};

interface Props {
  /** The promotion as saved (edit), for what its status allows. */
  saved?: PromotionRecord;
  /** The form's starting values: a saved promotion's, a copy's or a new one's. */
  values?: PromotionFormValues;
  defaultValues?: PromotionFormValues;
  saveError: string | null;
}

/** The promotion form, shared by create and edit: general settings, the type's own settings, the SKUs. */
export const PromotionForm = ({ saved, values, defaultValues, saveError }: Props) => {
  const translate = useTranslate();
  const locked = saved?.status === 'approved';
  // "Duplicate" opens the create page with the copy as its record.
  const context = useRecordContext<PromotionFormValues>();
  const copy = !saved && !!context?.duplicated_from;
  return (
    <ValidatedForm
      validate={validatePromotion}
      record={values}
      defaultValues={defaultValues}
      toolbar={<PromotionToolbar saved={saved} />}
      warnWhenUnsavedChanges={!!saved}
      sx={{ maxWidth: 1200 }}
    >
      {saveError && <Alert severity="error" sx={{ mb: 2, width: '100%' }} data-testid="promotion-save-error">{saveError}</Alert>}
      <EditNotice saved={saved} />
      {copy && <Alert severity="info" sx={{ mb: 2, width: '100%' }} data-testid="duplicate-notice">{translate('rx.promotions.notice.copy')}</Alert>}
      <SectionTitle label="rx.promotions.sections.general" />
      <TextInput source="name" isRequired fullWidth />
      <TypeSelector disabled={locked} />
      {locked && (
        <Alert severity="warning" variant="outlined" sx={{ mt: -1, mb: 2, py: 0, width: '100%' }}>{translate('rx.promotions.notice.type_locked')}</Alert>
      )}
      <FormRow>
        <InstantInput source="start_at" isRequired />
        <InstantInput source="end_at" isRequired />
        <MoneyInput source="budget" helperText="rx.promotions.helpers.budget" />
      </FormRow>
      <ChannelsInput />
      <FormRow>
        <TextInput source="description" multiline minRows={1} helperText={false} />
        <BooleanInput source="stackable" helperText="rx.promotions.helpers.stackable" sx={{ flex: '0 0 auto !important', minWidth: 260 }} />
      </FormRow>
      <TypeSettings />
      <ItemsEditor showSold={locked} />
    </ValidatedForm>
  );
};
