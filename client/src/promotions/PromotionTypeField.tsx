import BoltIcon from '@mui/icons-material/BoltOutlined';
import GroupsIcon from '@mui/icons-material/GroupsOutlined';
import LayersIcon from '@mui/icons-material/LayersOutlined';
import PercentIcon from '@mui/icons-material/PercentOutlined';
import { Chip, type SvgIconProps } from '@mui/material';
import type { ComponentType } from 'react';
import { useFieldValue, useTranslate, type FieldProps } from 'react-admin';
import type { PromotionType } from '../../../shared/promotions';

/** Each type's colour and icon, the same on the list, the form, the show page and the approvals queue. */
export const TYPE_LOOK: Record<PromotionType, { color: string; Icon: ComponentType<SvgIconProps> }> = {
  group_buy: { color: '#6a1b9a', Icon: GroupsIcon },
  flash_sale: { color: '#c62828', Icon: BoltIcon },
  limited_discount: { color: '#e65100', Icon: PercentIcon },
  volume_tier: { color: '#1565c0', Icon: LayersIcon },
};

export const PromotionTypeChip = ({ type }: { type: PromotionType }) => {
  const translate = useTranslate();
  const look = TYPE_LOOK[type];
  if (!look) return null;
  const { color, Icon } = look;
  return (
    <Chip
      size="small"
      variant="outlined"
      icon={<Icon sx={{ '&&': { color } }} />}
      label={translate(`resources.promotions.choices.type.${type}`)}
      sx={{ color, borderColor: color, fontWeight: 500, alignSelf: 'flex-start' }}
    />
  );
};

/** The `type` of the record in context, as its coloured chip. */
export const PromotionTypeField = ({ source = 'type' }: FieldProps) => {
  const type = useFieldValue({ source }) as PromotionType | undefined;
  return type ? <PromotionTypeChip type={type} /> : null;
};
