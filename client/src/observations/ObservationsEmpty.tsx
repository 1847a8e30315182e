import { Box, Typography } from '@mui/material';
import { CreateButton, useTranslate } from 'react-admin';
import { ObservationImportButton } from '../salesImports/ObservationImportButton';

/** A company with no sightings yet: say what goes here and offer both ways in (type one, import a sheet). */
export const ObservationsEmpty = () => {
  const translate = useTranslate();
  return (
    <Box sx={{ textAlign: 'center', py: 6, px: 2 }} data-testid="observations-empty">
      <Typography variant="h6" color="text.secondary" gutterBottom>{translate('resources.price-observations.empty')}</Typography>
      <Box sx={{ display: 'flex', gap: 1, justifyContent: 'center', mt: 2 }}>
        <CreateButton variant="contained" />
        <ObservationImportButton />
      </Box>
    </Box>
  );
};
