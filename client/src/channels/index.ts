import StorefrontIcon from '@mui/icons-material/StorefrontOutlined';
import { lazy } from 'react';

export default {
  list: lazy(() => import('./ChannelList').then((m) => ({ default: m.ChannelList }))),
  create: lazy(() => import('./ChannelCreate').then((m) => ({ default: m.ChannelCreate }))),
  edit: lazy(() => import('./ChannelEdit').then((m) => ({ default: m.ChannelEdit }))),
  show: lazy(() => import('./ChannelShow').then((m) => ({ default: m.ChannelShow }))),
  icon: StorefrontIcon,
  recordRepresentation: 'name',
};
