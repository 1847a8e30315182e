import { Box } from '@mui/material';
import type { MouseEvent } from 'react';
import { DeleteButton, SaveButton, Toolbar } from 'react-admin';

/**
 * Pressing Save must not blur the focused input first: the blur would validate it, an error
 * message could push the button down between mousedown and mouseup, and the click would be lost.
 */
const keepFocus = (event: MouseEvent) => event.preventDefault();

/** Save, and Delete (with confirmation, shown only to those who may delete) on edit forms. */
export const FormToolbar = () => (
  <Toolbar>
    <Box sx={{ display: 'flex', justifyContent: 'space-between', width: '100%' }}>
      <SaveButton onMouseDown={keepFocus} />
      <DeleteButton mutationMode="pessimistic" />
    </Box>
  </Toolbar>
);
