import { Typography } from '@mui/material';
import type { MouseEvent } from 'react';
import { Link, useCreatePath, useRecordContext, type FieldProps } from 'react-admin';
import type { ObservationRecord } from './types';

/** The store as typed, linking to its seller page when the observation is tied to one. */
export const StoreField = (_props: Partial<FieldProps>) => {
  const record = useRecordContext<ObservationRecord>();
  const createPath = useCreatePath();
  if (!record) return null;
  const name = record.store_name || '—';
  if (!record.seller_id) return <Typography component="span" variant="body2">{name}</Typography>;
  return (
    <Link to={createPath({ resource: 'sellers', id: record.seller_id, type: 'show' })} onClick={(e: MouseEvent) => e.stopPropagation()} variant="body2">
      {name}
    </Link>
  );
};
