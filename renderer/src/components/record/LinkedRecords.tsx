import type { ReactNode } from 'react';
import { useNavigation, type Route } from '../../features/shell/navigation';

interface LinkedRecordsProps<T extends { id: string }> {
  /** Unique on the page: the section is named by its heading. */
  headingId: string;
  heading: string;
  empty: string;
  items: T[];
  label: (item: T) => string;
  route: (item: T) => Route;
  /** Buttons below the list (add, link). */
  children?: ReactNode;
}

/** One kind of linked record as a section: a heading and a list whose items open the record. */
export function LinkedRecords<T extends { id: string }>({ headingId, heading, empty, items, label, route, children }: LinkedRecordsProps<T>) {
  const { navigate } = useNavigation();
  return (
    <section className="card" aria-labelledby={headingId}>
      <h2 id={headingId}>{heading}</h2>
      {items.length === 0 ? (
        <p className="muted">{empty}</p>
      ) : (
        <ul className="action-list">
          {items.map((item) => (
            <li key={item.id}>
              <button type="button" className="link-button" onClick={() => navigate(route(item))}>
                {label(item)}
              </button>
            </li>
          ))}
        </ul>
      )}
      {children}
    </section>
  );
}
