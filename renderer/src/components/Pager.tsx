import { useId } from 'react';
import { useTranslation } from 'react-i18next';

export const PAGE_SIZES = [25, 50, 100, 200] as const;

interface PagerProps {
  offset: number;
  limit: number;
  total: number;
  onChange: (page: { offset: number; limit: number }) => void;
}

/** "1–50 van 12.345", previous/next and the page size; the server does the paging. */
export function Pager({ offset, limit, total, onChange }: PagerProps) {
  const { t, i18n } = useTranslation();
  const sizeId = useId();
  const number = new Intl.NumberFormat(i18n.language === 'en' ? 'en-GB' : 'nl-NL');
  const first = total === 0 ? 0 : offset + 1;
  const last = Math.min(offset + limit, total);
  return (
    <nav className="pager" aria-label={t('table.paging')}>
      <p className="pager__range" aria-live="polite">
        {t('table.range', { first: number.format(first), last: number.format(last), total: number.format(total) })}
      </p>
      <div className="pager__controls">
        <button
          type="button"
          className="button button--small"
          disabled={offset === 0}
          onClick={() => onChange({ offset: Math.max(0, offset - limit), limit })}
        >
          {t('table.previous')}
        </button>
        <button
          type="button"
          className="button button--small"
          disabled={offset + limit >= total}
          onClick={() => onChange({ offset: offset + limit, limit })}
        >
          {t('table.next')}
        </button>
        <label htmlFor={sizeId} className="pager__size">
          {t('table.pageSize')}
        </label>
        <select
          id={sizeId}
          value={limit}
          onChange={(event) => onChange({ offset: 0, limit: Number(event.target.value) })}
        >
          {PAGE_SIZES.map((size) => (
            <option key={size} value={size}>
              {size}
            </option>
          ))}
        </select>
      </div>
    </nav>
  );
}
