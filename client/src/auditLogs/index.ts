import HistoryIcon from '@mui/icons-material/History';
import { lazy } from 'react';
import type { AuditLogRecord } from '../types';

/** Read-only, for admins and managers; loaded on first visit. */
export default {
  list: lazy(() => import('./AuditLogList')),
  show: lazy(() => import('./AuditLogShow')),
  icon: HistoryIcon,
  recordRepresentation: (record: AuditLogRecord) => `#${record.id}`,
};
