import { Typography } from '@mui/material';
import { useTranslate } from 'react-admin';

/** A small heading between groups of inputs or fields. */
export const SectionTitle = ({ label }: { label: string }) => (
  <Typography variant="subtitle2" color="text.secondary" sx={{ mt: 1, mb: 0.5, textTransform: 'uppercase', letterSpacing: 0.5 }}>
    {useTranslate()(label)}
  </Typography>
);
