import { Stack } from '@mui/material';
import type { ReactNode } from 'react';

/** Inputs side by side on wide screens, stacked on narrow ones. */
export const FormRow = ({ children }: { children: ReactNode }) => (
  <Stack
    direction={{ xs: 'column', md: 'row' }}
    columnGap={2}
    sx={{ width: '100%', '& > *': { flex: 1, minWidth: 0 } }}
  >
    {children}
  </Stack>
);
