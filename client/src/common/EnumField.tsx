import { Chip, Typography, type ChipProps } from '@mui/material';
import { useFieldValue, useResourceContext, useTranslate, type FieldProps } from 'react-admin';

export interface EnumFieldProps extends FieldProps {
  /** Chip colour per value; without it the value shows as plain text. */
  colors?: Record<string, ChipProps['color']>;
}

/** Shows an enum value with its translated label (`resources.<resource>.choices.<source>.<value>`). */
export const EnumField = ({ source, colors, resource: resourceProp }: EnumFieldProps) => {
  const resource = useResourceContext({ resource: resourceProp });
  const value = useFieldValue({ source });
  const translate = useTranslate();
  if (value == null || value === '') return null;
  const label = translate(`resources.${resource}.choices.${source}.${value}`, { _: String(value) });
  if (!colors) {
    return (
      <Typography component="span" variant="body2">
        {label}
      </Typography>
    );
  }
  const color = colors[value] ?? 'default';
  return (
    <Chip
      size="small"
      label={label}
      color={color}
      variant={color === 'default' ? 'outlined' : 'filled'}
      sx={{ alignSelf: 'flex-start' }}
    />
  );
};
