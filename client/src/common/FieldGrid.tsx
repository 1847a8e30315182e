import { Box } from '@mui/material';
import { Children, isValidElement, type ReactNode } from 'react';
import { Labeled } from 'react-admin';

/** Read-only fields, each under its label, in a responsive grid. */
export const FieldGrid = ({ children, columns = 3 }: { children: ReactNode; columns?: number }) => (
  <Box
    sx={{
      display: 'grid',
      gridTemplateColumns: { xs: '1fr', sm: 'repeat(2, 1fr)', md: `repeat(${columns}, 1fr)` },
      columnGap: 3,
      rowGap: 1.5,
    }}
  >
    {Children.map(children, (child) => (isValidElement(child) ? <Labeled>{child}</Labeled> : child))}
  </Box>
);
