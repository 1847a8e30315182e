import UploadFileIcon from '@mui/icons-material/UploadFileOutlined';
import { lazy } from 'react';

export default {
  list: lazy(() => import('./SalesImportList')),
  create: lazy(() => import('./SalesImportWizard')),
  show: lazy(() => import('./SalesImportShow')),
  icon: UploadFileIcon,
  recordRepresentation: 'file_name',
};
