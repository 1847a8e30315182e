import { useMemo } from 'react';
import { useLocaleState } from 'react-admin';
import { useCompanyTimeZone } from '../common/useCompanyTimeZone';

export interface PriceFormat {
  money(yuan: number | null | undefined): string;
  unitMoney(yuan: number | null | undefined): string;
  percent(rate: number | null | undefined): string;
  date(iso: string | null | undefined): string;
  dateTime(iso: string | null | undefined): string;
}

export function priceFormat(intlLocale: string, timeZone: string): PriceFormat {
  const money = new Intl.NumberFormat(intlLocale, { style: 'currency', currency: 'CNY' });
  const unit = new Intl.NumberFormat(intlLocale, { style: 'currency', currency: 'CNY', minimumFractionDigits: 4, maximumFractionDigits: 4 });
  const percent = new Intl.NumberFormat(intlLocale, { style: 'percent', maximumFractionDigits: 1, signDisplay: 'exceptZero' });
  const date = new Intl.DateTimeFormat(intlLocale, { dateStyle: 'medium', timeZone });
  const dateTime = new Intl.DateTimeFormat(intlLocale, { dateStyle: 'medium', timeStyle: 'short', timeZone });
  const orEmpty = <T,>(format: (value: T) => string) => (value: T | null | undefined) =>
    value === null || value === undefined || (typeof value === 'number' && Number.isNaN(value)) ? '' : format(value);
  return {
    money: orEmpty((v: number) => money.format(v)),
    unitMoney: orEmpty((v: number) => unit.format(v)),
    percent: orEmpty((v: number) => percent.format(v)),
    date: orEmpty((v: string) => date.format(new Date(v))),
    dateTime: orEmpty((v: string) => dateTime.format(new Date(v))),
  };
}

/** Money, per-unit money, percentages in the UI language; dates in the company's time zone. */
export function usePriceFormat(): PriceFormat {
  const [locale] = useLocaleState();
  const timeZone = useCompanyTimeZone();
  return useMemo(() => priceFormat(locale === 'zh' ? 'zh-CN' : 'en-US', timeZone), [locale, timeZone]);
}
