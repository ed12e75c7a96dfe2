import type { ReactNode } from 'react';

/** One fact of a record: its label and its value (text, or a link to another record). */
export type Fact = [term: string, value: ReactNode];

/** A record's facts as one definition list, in columns that use the width there is. */
export function Facts({ facts }: { facts: Fact[] }) {
  return (
    <dl className="facts facts--columns">
      {facts.map(([term, value]) => (
        <div key={term} className="facts__item">
          <dt>{term}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
