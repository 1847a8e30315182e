import { Box, Table, TableBody, TableCell, TableHead, TableRow } from '@mui/material';
import { useLocaleState, useTranslate } from 'react-admin';
import { renderServerMessage } from '../../../shared/server-messages';
import type { RowError } from './api';

/** Row problems by the file's row numbers, the field in the user's words and the message in their language. */
export const RowErrorTable = ({ errors }: { errors: RowError[] }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const message = (e: RowError) => (e.key && renderServerMessage(locale, e.key, e.params ?? {})) || e.message;
  return (
    <Box sx={{ maxHeight: 260, overflow: 'auto', contain: 'inline-size' }}>
      <Table size="small" stickyHeader sx={{ '& td, & th': { py: 0.5 } }} data-testid="sales-import-errors">
        <TableHead>
          <TableRow>
            <TableCell>{translate('rx.salesData.row')}</TableCell>
            <TableCell>{translate('rx.salesData.field')}</TableCell>
            <TableCell>{translate('rx.salesData.message')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {errors.map((e, i) => (
            <TableRow key={i}>
              <TableCell>{e.row}</TableCell>
              <TableCell sx={{ whiteSpace: 'nowrap' }}>{translate(`rx.salesData.fields.${e.field}`, { _: e.field })}</TableCell>
              <TableCell>{message(e)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Box>
  );
};
