import ReportIcon from '@mui/icons-material/ReportProblemOutlined';
import { lazy } from 'react';

/** `<Resource name="violations" {...violations} />`: the list with its workflow and the page of one violation. */
export default {
  list: lazy(() => import('./ViolationList').then((m) => ({ default: m.ViolationList }))),
  show: lazy(() => import('./ViolationShow').then((m) => ({ default: m.ViolationShow }))),
  icon: ReportIcon,
  recordRepresentation: (record: { sku_code?: string; id: number }) => `#${record.id} ${record.sku_code ?? ''}`.trim(),
};
