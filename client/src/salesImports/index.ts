import UploadFileIcon from '@mui/icons-material/UploadFileOutlined';
import { lazy } from 'react';

export { OBSERVATION_IMPORT_PATH } from './paths';

/** The price-watch sheet import (`/price-observations/import`), loaded on first visit. */
export const ObservationImportPage = lazy(() => import('./ObservationImportPage'));

export default {
  list: lazy(() => import('./SalesImportList')),
  create: lazy(() => import('./SalesImportWizard')),
  show: lazy(() => import('./SalesImportShow')),
  icon: UploadFileIcon,
  recordRepresentation: 'file_name',
};
