import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { MunicipalityDetail } from '../../../../shared/domain/municipality';
import { formatDate, formatNumber } from '../../format';
import { useNavigation, type Route } from '../shell/navigation';

type SectionKey = 'signals' | 'cases' | 'contactMoments' | 'organisations' | 'persons' | 'openActions';

interface Column<T> {
  header: string;
  cell: (item: T) => ReactNode;
}

interface SectionProps<T extends { id: string }> {
  name: SectionKey;
  items: T[];
  total: number;
  columns: Column<T>[];
  /** The first column opens the item's page. */
  route: (item: T) => Route;
  label: (item: T) => string;
  /** Names may wrap; record numbers (SIG-2026-0001) stay on one line. */
  wrapLabel?: boolean;
}

/** One kind of linked record: a heading with its count, and a compact table whose first cell opens the record. */
function Section<T extends { id: string }>({ name, items, total, columns, route, label, wrapLabel }: SectionProps<T>) {
  const { t } = useTranslation();
  const { navigate } = useNavigation();
  const headingId = `municipality-${name}`;
  return (
    <section className="card" aria-labelledby={headingId}>
      <h2 id={headingId}>
        {t(`municipality.section.${name}`)} ({formatNumber(total)})
      </h2>
      {items.length === 0 ? (
        <p className="muted">{t(`municipality.empty.${name}`)}</p>
      ) : (
        <>
          {total > items.length && <p className="muted">{t('municipality.newest', { shown: items.length, total })}</p>}
          <div className="table-wrap">
            <table className="data-table data-table--compact">
              <caption className="visually-hidden">{t(`municipality.section.${name}`)}</caption>
              <thead>
                <tr>
                  {columns.map((column) => (
                    <th key={column.header} scope="col">
                      {column.header}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {items.map((item) => (
                  <tr key={item.id}>
                    {columns.map((column, index) => (
                      <td key={column.header}>
                        {index === 0 ? (
                          <button type="button" className={wrapLabel ? 'link-button' : 'link-button nowrap'} onClick={() => navigate(route(item))}>
                            {label(item)}
                          </button>
                        ) : (
                          column.cell(item)
                        )}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}

const nowrap = (text: string) => <span className="nowrap">{text}</span>;

/** Signals, cases, contact moments, organisations, persons and open actions of one municipality. */
export function MunicipalitySections({ detail }: { detail: MunicipalityDetail }) {
  const { t } = useTranslation();
  const c = (key: string) => t(`municipality.column.${key as 'number'}`);
  return (
    <div className="municipality-sections">
      <Section
        name="openActions"
        items={detail.openActions}
        total={detail.counts.openActions}
        route={(item) => ({ name: 'action', id: item.id })}
        label={(item) => item.number}
        columns={[
          { header: c('number'), cell: () => null },
          { header: c('description'), cell: (item) => <span className="cell-title">{item.description}</span> },
          {
            header: c('dueOn'),
            cell: (item) => (
              <span className="nowrap">
                {formatDate(item.dueOn)}
                {item.overdue && (
                  <>
                    {' '}
                    <span className="badge badge--hoog">
                      <span aria-hidden="true">⚠ </span>
                      {t('municipality.overdue')}
                    </span>
                  </>
                )}
              </span>
            ),
          },
          { header: c('status'), cell: (item) => t(`enums.actionStatus.${item.status as 'open'}`) },
          { header: c('owner'), cell: (item) => item.ownerName ?? '—' },
          { header: c('linkedTo'), cell: (item) => (item.linkedTo ? nowrap(item.linkedTo) : '—') },
        ]}
      />
      <Section
        name="contactMoments"
        items={detail.contactMoments}
        total={detail.counts.contactMoments}
        route={(item) => ({ name: 'contactMoment', id: item.id })}
        label={(item) => item.number}
        columns={[
          { header: c('number'), cell: () => null },
          { header: c('heldOn'), cell: (item) => nowrap(formatDate(item.heldOn)) },
          { header: c('form'), cell: (item) => t(`enums.contactForm.${item.form as 'overleg'}`) },
          { header: c('subject'), cell: (item) => <span className="cell-title">{item.subject}</span> },
        ]}
      />
      <Section
        name="signals"
        items={detail.signals}
        total={detail.counts.signals}
        route={(item) => ({ name: 'signal', id: item.id })}
        label={(item) => item.number}
        columns={[
          { header: c('number'), cell: () => null },
          { header: c('title'), cell: (item) => <span className="cell-title">{item.title}</span> },
          { header: c('receivedOn'), cell: (item) => nowrap(formatDate(item.receivedOn)) },
          { header: c('status'), cell: (item) => t(`enums.signalStatus.${item.status as 'nieuw'}`) },
        ]}
      />
      <Section
        name="cases"
        items={detail.cases}
        total={detail.counts.cases}
        route={(item) => ({ name: 'case', id: item.id })}
        label={(item) => item.number}
        columns={[
          { header: c('number'), cell: () => null },
          { header: c('title'), cell: (item) => <span className="cell-title">{item.title}</span> },
          { header: c('startOn'), cell: (item) => nowrap(formatDate(item.startOn)) },
          { header: c('status'), cell: (item) => t(`enums.caseStatus.${item.status as 'open'}`) },
        ]}
      />
      <Section
        name="organisations"
        items={detail.organisations}
        total={detail.counts.organisations}
        route={(item) => ({ name: 'organisation', id: item.id })}
        label={(item) => item.name}
        wrapLabel
        columns={[
          { header: c('name'), cell: () => null },
          { header: c('type'), cell: (item) => t(`enums.organisationType.${item.type as 'gemeente'}`) },
        ]}
      />
      <Section
        name="persons"
        items={detail.persons}
        total={detail.counts.persons}
        route={(item) => ({ name: 'contactPerson', id: item.id })}
        label={(item) => item.name}
        wrapLabel
        columns={[
          { header: c('name'), cell: () => null },
          { header: c('role'), cell: (item) => t(`enums.contactRole.${item.role as 'sleutelfiguur'}`) },
          { header: c('organisation'), cell: (item) => item.organisationName ?? '—' },
        ]}
      />
    </div>
  );
}
