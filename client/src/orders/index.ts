import ReceiptLongIcon from '@mui/icons-material/ReceiptLongOutlined';
import { lazy } from 'react';

export default {
  list: lazy(() => import('./OrderList').then((m) => ({ default: m.OrderList }))),
  create: lazy(() => import('./OrderCreate').then((m) => ({ default: m.OrderCreate }))),
  edit: lazy(() => import('./OrderEdit').then((m) => ({ default: m.OrderEdit }))),
  show: lazy(() => import('./OrderShow').then((m) => ({ default: m.OrderShow }))),
  icon: ReceiptLongIcon,
  recordRepresentation: 'order_no',
};
