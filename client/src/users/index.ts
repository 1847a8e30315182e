import PeopleIcon from '@mui/icons-material/PeopleOutline';
import { lazy } from 'react';

/** Admin-only pages, loaded on first visit. */
export default {
  list: lazy(() => import('./UserList')),
  create: lazy(() => import('./UserCreate')),
  edit: lazy(() => import('./UserEdit')),
  icon: PeopleIcon,
  recordRepresentation: 'name',
};
