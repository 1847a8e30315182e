import { InputAdornment } from '@mui/material';
import { NumberInput, type NumberInputProps } from 'react-admin';
import { MoneyInput } from '../common/NumberInputs';

/** Inputs sized for a table cell: no label (the column has it), the error under the box. */
const cell = { label: false, helperText: false, variant: 'outlined', size: 'small', margin: 'none' } as const;
/** Errors wrap inside the cell, in small type, rather than widening the column. */
const helper = { '& .MuiFormHelperText-root': { mx: 0, fontSize: 11, lineHeight: 1.3 } };

export const CellMoneyInput = (props: NumberInputProps) => <MoneyInput {...cell} sx={{ width: 104, ...helper }} {...props} />;

export const CellIntegerInput = (props: NumberInputProps) => <NumberInput {...cell} min={1} step={1} sx={{ width: 80, ...helper }} {...props} />;

const percent = { input: { endAdornment: <InputAdornment position="end">%</InputAdornment> } };

/** A whole percentage (20 = 20% off, or 80% of a group filled). */
export const CellPercentInput = (props: NumberInputProps) => <NumberInput {...cell} min={1} max={100} step={1} slotProps={percent} sx={{ width: 84, ...helper }} {...props} />;
