import { useEffect, useRef } from 'react';
import { SelectInput } from 'react-admin';
import { useFormContext, useWatch } from 'react-hook-form';
import { defaultAudience } from '../../../shared/promotions';
import { audienceChoices } from './choices';

/**
 * Who buys on the channel (the Rx promotion rule depends on it). It follows the platform as chosen
 * (药师帮, distributors, chains, hospitals and clinics sell to businesses) until set by hand.
 */
export const AudienceInput = () => {
  const { setValue, getFieldState } = useFormContext();
  const platform = useWatch({ name: 'platform' }) as string | undefined;
  const previous = useRef(platform);
  useEffect(() => {
    if (!platform || platform === previous.current) return;
    previous.current = platform;
    if (!getFieldState('audience').isDirty) setValue('audience', defaultAudience(platform));
  }, [platform, getFieldState, setValue]);
  return <SelectInput source="audience" choices={audienceChoices} isRequired helperText="resources.channels.helpers.audience" />;
};
