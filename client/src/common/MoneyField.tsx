import { NumberField, type NumberFieldProps } from 'react-admin';
import { useIntlLocale } from './useIntlLocale';

const CNY = { style: 'currency', currency: 'CNY' } as const;

/** A yuan amount, formatted for the UI language (¥18.50 / CN¥18.50). */
export const MoneyField = (props: Omit<NumberFieldProps, 'options' | 'locales'>) => (
  <NumberField {...props} options={CNY} locales={useIntlLocale()} />
);
MoneyField.textAlign = 'right' as const;

const PERCENT = { style: 'percent', maximumFractionDigits: 2 } as const;

/** A rate between 0 and 1 shown as a percentage. */
export const PercentField = (props: Omit<NumberFieldProps, 'options' | 'locales'>) => (
  <NumberField {...props} options={PERCENT} locales={useIntlLocale()} />
);
PercentField.textAlign = 'right' as const;
