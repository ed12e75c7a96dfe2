import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../format';
import { useRangeText } from './DataTable';

export const PAGE_SIZES = [25, 50, 100, 200] as const;

interface PagerProps {
  offset: number;
  limit: number;
  total: number;
  onChange: (page: { offset: number; limit: number }) => void;
}

/**
 * "1–50 van 12.345", first/previous/next/last, go to a page and the page size;
 * the server does the paging. Buttons that cannot go anywhere are disabled.
 */
export function Pager({ offset, limit, total, onChange }: PagerProps) {
  const { t } = useTranslation();
  const sizeId = useId();
  const pageId = useId();
  const rangeText = useRangeText({ offset, limit, total });
  const pageCount = Math.max(1, Math.ceil(total / limit));
  const current = Math.min(pageCount, Math.floor(offset / limit) + 1);
  const [typed, setTyped] = useState<string | null>(null);
  const [invalid, setInvalid] = useState(false);
  // A page change from anywhere (buttons, a new filter) shows the new page number.
  const [shownPage, setShownPage] = useState(current);
  if (shownPage !== current) {
    setShownPage(current);
    setTyped(null);
    setInvalid(false);
  }
  const go = (page: number) => {
    setTyped(null);
    setInvalid(false);
    onChange({ offset: (page - 1) * limit, limit });
  };
  const goToTyped = () => {
    const page = Number((typed ?? String(current)).replace(/\./g, '').trim());
    if (!Number.isInteger(page) || page < 1 || page > pageCount) {
      setInvalid(true);
      return;
    }
    go(page);
  };
  const atStart = offset === 0;
  const atEnd = offset + limit >= total;
  return (
    <nav className="pager" aria-label={t('table.paging')}>
      <p className="pager__range" aria-live="polite">
        {rangeText}
      </p>
      <div className="pager__controls">
        <button type="button" className="button button--small" disabled={atStart} onClick={() => go(1)}>
          {t('pager.first')}
        </button>
        <button type="button" className="button button--small" disabled={atStart} onClick={() => go(current - 1)}>
          {t('table.previous')}
        </button>
        {/* Not a <form>: a pager may sit inside a record's form, and Enter here must never submit that. */}
        <div className="pager__goto">
          <label htmlFor={pageId}>{t('pager.page')}</label>
          <input
            id={pageId}
            className="pager__page"
            inputMode="numeric"
            autoComplete="off"
            value={typed ?? String(current)}
            aria-invalid={invalid ? true : undefined}
            aria-describedby={invalid ? `${pageId}-of ${pageId}-error` : `${pageId}-of`}
            onKeyDown={(event) => {
              if (event.key !== 'Enter') return;
              event.preventDefault();
              goToTyped();
            }}
            onChange={(event) => {
              setTyped(event.target.value);
              setInvalid(false);
            }}
          />
          <span id={`${pageId}-of`}>{t('pager.pageOf', { pages: formatNumber(pageCount) })}</span>
          <button type="button" className="button button--small" disabled={pageCount <= 1} onClick={goToTyped}>
            {t('pager.goToPage')}
          </button>
        </div>
        {invalid && (
          <p id={`${pageId}-error`} className="pager__error" role="alert">
            {t('pager.pageInvalid', { pages: formatNumber(pageCount) })}
          </p>
        )}
        <button type="button" className="button button--small" disabled={atEnd} onClick={() => go(current + 1)}>
          {t('table.next')}
        </button>
        <button type="button" className="button button--small" disabled={atEnd} onClick={() => go(pageCount)}>
          {t('pager.last')}
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
