// The collection's count line ("1,234 of 12,345 readouts"), with the UI language's digit grouping:
// at tens of thousands of readouts a bare 12345 is hard to read at a glance.
import { formatNumber, t } from '../../utils/i18n';

/** How many readouts the list shows out of the collection's total, saying so when none match. */
export function countLine(visible: number, total: number): string {
  const line = t('collection.count', { n: formatNumber(visible), total: formatNumber(total) });
  return visible === 0 && total > 0 ? `${line} ${t('collection.empty')}` : line;
}
