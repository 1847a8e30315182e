import QrCodeIcon from '@mui/icons-material/QrCode2';
import { lazy } from 'react';
import type { SkuRecord } from '../types';

export default {
  list: lazy(() => import('./SkuList').then((m) => ({ default: m.SkuList }))),
  create: lazy(() => import('./SkuCreate').then((m) => ({ default: m.SkuCreate }))),
  edit: lazy(() => import('./SkuEdit').then((m) => ({ default: m.SkuEdit }))),
  show: lazy(() => import('./SkuShow').then((m) => ({ default: m.SkuShow }))),
  icon: QrCodeIcon,
  recordRepresentation: (record: SkuRecord) => `${record.code} ${record.name}`,
};
