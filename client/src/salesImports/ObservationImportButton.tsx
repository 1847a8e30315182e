import UploadFileIcon from '@mui/icons-material/UploadFileOutlined';
import { Button, CreateButton, ExportButton, FilterButton, TopToolbar, useCanAccess } from 'react-admin';
import { Link } from 'react-router-dom';
import { OBSERVATION_IMPORT_PATH } from './paths';

/** Opens the price-watch sheet import; shown only to roles that may enter observations. */
export const ObservationImportButton = () => {
  const { canAccess } = useCanAccess({ resource: 'price-observations', action: 'create' });
  if (!canAccess) return null;
  return (
    <Button component={Link} to={OBSERVATION_IMPORT_PATH} label="rx.salesData.observations.import_button" data-testid="observation-import-button">
      <UploadFileIcon />
    </Button>
  );
};

/** The observations list's toolbar: the usual filter, create and export buttons, and the sheet import. */
export const ObservationListActions = () => (
  <TopToolbar>
    <FilterButton />
    <CreateButton />
    <ObservationImportButton />
    <ExportButton />
  </TopToolbar>
);
