import { InputAdornment } from '@mui/material';
import { NumberInput, type NumberInputProps } from 'react-admin';

const yuan = { input: { startAdornment: <InputAdornment position="start">¥</InputAdornment> } };
const percent = { input: { endAdornment: <InputAdornment position="end">%</InputAdornment> } };

/** A yuan amount with two decimals. */
export const MoneyInput = (props: NumberInputProps) => <NumberInput step={0.01} min={0} slotProps={yuan} {...props} />;

const toPercent = (rate: unknown) => (rate == null || rate === '' ? '' : String(Number((Number(rate) * 100).toFixed(4))));
const toRate = (value: unknown) => {
  if (value == null || value === '' || Number.isNaN(Number(value))) return null;
  return Number((Number(value) / 100).toFixed(6));
};

/** A rate stored as 0..1, typed as a percentage (5 for 0.05). */
export const PercentInput = (props: NumberInputProps) => (
  <NumberInput step={0.1} min={0} max={100} format={toPercent} parse={toRate} slotProps={percent} {...props} />
);
