import { AutocompleteInput, Create, ReferenceInput, TextInput, useNotify, useRedirect } from 'react-admin';
import { PriceObservationInput } from '../../../shared/compliance-schemas';
import { FormRow } from '../common/FormRow';
import { InstantInput } from '../common/InstantInput';
import { MoneyInput } from '../common/NumberInputs';
import { ValidatedForm } from '../common/ValidatedForm';
import { zodValidate } from '../forms/zodValidate';
import { ChannelOperatorHint } from './ChannelOperatorHint';
import { EvidenceInput } from './EvidenceInput';
import { skuText } from './choices';
import type { ObservationRecord } from './types';

const validateObservation = zodValidate(PriceObservationInput);

/** A price seen on a platform, typed in with its screenshot; the server checks it before answering, and the page shows what it found. */
export const ObservationCreate = () => {
  const notify = useNotify();
  const redirect = useRedirect();
  const onSuccess = (record: ObservationRecord) => {
    const found = record.breaches?.length ?? 0;
    notify(found ? 'resources.price-observations.created.breach' : 'resources.price-observations.created.compliant', {
      type: found ? 'warning' : 'success', messageArgs: { smart_count: found },
    });
    redirect('show', 'price-observations', record.id);
  };
  return (
    <Create mutationOptions={{ onSuccess }}>
      <ValidatedForm validate={validateObservation} defaultValues={() => ({ observed_at: new Date().toISOString() })} sx={{ maxWidth: 960 }}>
        <FormRow>
          <ReferenceInput source="channel_id" reference="channels" sort={{ field: 'name', order: 'ASC' }} filter={{ active: true }}>
            <AutocompleteInput optionText="name" isRequired helperText="resources.price-observations.helpers.channel_id" />
          </ReferenceInput>
          <ReferenceInput source="sku_id" reference="skus" sort={{ field: 'code', order: 'ASC' }}>
            <AutocompleteInput optionText={skuText} isRequired helperText="resources.price-observations.helpers.sku_id" />
          </ReferenceInput>
        </FormRow>
        <ChannelOperatorHint />
        <FormRow>
          <TextInput source="store_name" helperText="resources.price-observations.helpers.store_name" />
          <TextInput source="shop_id" helperText="resources.price-observations.helpers.shop_id" />
        </FormRow>
        <FormRow>
          <MoneyInput source="price" isRequired helperText="resources.price-observations.helpers.price" />
          <InstantInput source="observed_at" isRequired />
        </FormRow>
        <TextInput source="url" type="url" fullWidth helperText="resources.price-observations.helpers.url" />
        <EvidenceInput />
      </ValidatedForm>
    </Create>
  );
};
