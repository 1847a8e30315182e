import MedicationIcon from '@mui/icons-material/MedicationOutlined';
import { lazy } from 'react';
import type { ProductRecord } from '../types';

export default {
  list: lazy(() => import('./ProductList').then((m) => ({ default: m.ProductList }))),
  create: lazy(() => import('./ProductCreate').then((m) => ({ default: m.ProductCreate }))),
  edit: lazy(() => import('./ProductEdit').then((m) => ({ default: m.ProductEdit }))),
  show: lazy(() => import('./ProductShow').then((m) => ({ default: m.ProductShow }))),
  icon: MedicationIcon,
  recordRepresentation: (record: ProductRecord) =>
    [record.brand_name, record.generic_name, record.strength].filter(Boolean).join(' '),
};
