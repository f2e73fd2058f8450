import { displayLocale } from './locale';

/** 249 with "USD" → "$249.00". Falls back to "249.00 XYZ" for a code the runtime does not know. */
export function formatPrice(amount: number, currency: string, locale: string = displayLocale): string {
  try {
    return new Intl.NumberFormat(locale, { style: 'currency', currency }).format(amount);
  } catch {
    return `${amount.toFixed(2)} ${currency}`;
  }
}
