import { AutocompleteArrayInput, ReferenceArrayInput, useTranslate } from 'react-admin';
import type { ChannelInfo } from './types';

/** The channels the promotion runs on, each shown with its audience (consumers or businesses: the Rx rule depends on it). */
export const ChannelsInput = () => {
  const translate = useTranslate();
  const text = (channel: ChannelInfo) =>
    channel?.name ? `${channel.name} · ${translate(`resources.channels.choices.audience_short.${channel.audience}`)}` : '';
  return (
    <ReferenceArrayInput source="channel_ids" reference="channels" sort={{ field: 'name', order: 'ASC' }} filter={{ active: true }} perPage={200}>
      <AutocompleteArrayInput
        optionText={text}
        isRequired
        helperText="rx.promotions.helpers.channels"
        filterToQuery={(q: string) => (q ? { q } : {})}
        sx={{ minWidth: 320 }}
        fullWidth
      />
    </ReferenceArrayInput>
  );
};
