import { Box, ToggleButton, ToggleButtonGroup, Typography } from '@mui/material';
import { useInput, useTranslate } from 'react-admin';
import { useFormContext } from 'react-hook-form';
import { PROMOTION_TYPES, type PromotionType } from '../../../shared/promotions';
import { TYPE_LOOK } from './PromotionTypeField';

/** The four promotion types side by side, each with what it does; the form below follows the choice. */
export const TypeSelector = ({ disabled }: { disabled?: boolean }) => {
  const translate = useTranslate();
  const { field } = useInput({ source: 'type' });
  const { clearErrors, trigger, formState } = useFormContext();
  // Errors of the type left behind no longer apply; after a first save attempt, show the new type's at once.
  const choose = (type: PromotionType) => {
    field.onChange(type);
    clearErrors();
    if (formState.isSubmitted) void trigger();
  };
  return (
    <Box sx={{ mb: 2, width: '100%' }}>
      <Typography variant="caption" color="text.secondary" component="div" sx={{ mb: 0.5 }}>
        {translate('resources.promotions.fields.type')}
      </Typography>
      <ToggleButtonGroup
        exclusive
        fullWidth
        value={field.value ?? null}
        onChange={(_, value: PromotionType | null) => value && choose(value)}
        disabled={disabled}
        data-testid="promotion-type"
        sx={{ '& .MuiToggleButton-root': { textTransform: 'none', alignItems: 'flex-start', justifyContent: 'flex-start', textAlign: 'left', py: 1, px: 1.5 } }}
      >
        {PROMOTION_TYPES.map((type) => {
          const { Icon, color } = TYPE_LOOK[type];
          const selected = field.value === type;
          return (
            <ToggleButton key={type} value={type} data-testid={`promotion-type-${type}`} sx={selected ? { '&&': { borderColor: color, bgcolor: `${color}14` } } : undefined}>
              <Icon sx={{ color, mr: 1, mt: 0.25 }} />
              <Box sx={{ minWidth: 0 }}>
                <Typography variant="body2" sx={{ fontWeight: 600, color: selected ? color : 'text.primary' }}>
                  {translate(`resources.promotions.choices.type.${type}`)}
                </Typography>
                <Typography variant="caption" color="text.secondary" sx={{ display: 'block', lineHeight: 1.3 }}>
                  {translate(`rx.promotions.type_help.${type}`)}
                </Typography>
              </Box>
            </ToggleButton>
          );
        })}
      </ToggleButtonGroup>
    </Box>
  );
};
