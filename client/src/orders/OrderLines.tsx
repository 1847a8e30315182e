import { Table, TableBody, TableCell, TableFooter, TableHead, TableRow } from '@mui/material';
import { RecordContextProvider, ReferenceField, TextField, useRecordContext, useTranslate } from 'react-admin';
import { MoneyField } from '../common/MoneyField';

interface Line { line_no: number; sku_id: number; qty: number; unit_price: number; amount: number }

/** An order's lines: SKU, quantity, unit price and amount, with the total. */
export const OrderLines = () => {
  const order = useRecordContext<{ lines: Line[]; total: number }>();
  const translate = useTranslate();
  if (!order) return null;
  const label = (field: string) => translate(`resources.orders.fields.${field}`);
  return (
    <Table size="small" data-testid="order-lines" sx={{ maxWidth: 900 }}>
      <TableHead>
        <TableRow>
          <TableCell>{label('line_no')}</TableCell>
          <TableCell>{label('sku_id')}</TableCell>
          <TableCell align="right">{label('qty')}</TableCell>
          <TableCell align="right">{label('unit_price')}</TableCell>
          <TableCell align="right">{label('amount')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {order.lines.map((line) => (
          <RecordContextProvider key={line.line_no} value={line}>
            <TableRow>
              <TableCell>{line.line_no}</TableCell>
              <TableCell>
                <ReferenceField source="sku_id" reference="skus" link="show">
                  <TextField source="code" /> · <TextField source="name" />
                </ReferenceField>
              </TableCell>
              <TableCell align="right">{line.qty}</TableCell>
              <TableCell align="right"><MoneyField source="unit_price" /></TableCell>
              <TableCell align="right"><MoneyField source="amount" /></TableCell>
            </TableRow>
          </RecordContextProvider>
        ))}
      </TableBody>
      <TableFooter>
        <TableRow>
          <TableCell colSpan={4}>{translate('rx.sales.lines_total')}</TableCell>
          <TableCell align="right"><MoneyField source="total" /></TableCell>
        </TableRow>
      </TableFooter>
    </Table>
  );
};
