import { t } from '../../lib/i18n/t';
import { rangeText, rate, type Range } from '../../lib/record/summary-combine';

export function countOf(r: Range): string {
  return rangeText(r, { fewerThan5: t('mi_fewer_than_5'), between: (low, high) => t('mi_between', [String(low), String(high)]) });
}

export function percent(share: number | null): string {
  return share === null ? '–' : `${Math.round(share * 100)}%`;
}

export function rateText(numerator: Range, denominator: Range): string {
  return percent(rate(numerator, denominator));
}
