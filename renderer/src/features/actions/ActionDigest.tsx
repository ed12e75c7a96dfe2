import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { FollowUpActionListRow } from '../../../../shared/domain/followUpAction';
import { call } from '../../api/client';
import { recordKeys } from '../../api/domain';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatDate } from '../../format';
import { useNavigation } from '../shell/navigation';
import { DueDate } from './DueDate';
import '../../styles/contactMoments.css';

const DIGEST_LIMIT = 10;

/** Right after unlocking: the adviser's overdue actions and those due this week, each opening its action. */
export function ActionDigest() {
  const { t } = useTranslation();
  const { navigate } = useNavigation();
  const digest = useQuery({ queryKey: [...recordKeys.actions, 'digest'], queryFn: () => call('actions.digest', {}) });
  const list = (rows: FollowUpActionListRow[], empty: string) =>
    rows.length === 0 ? (
      <p className="muted">{empty}</p>
    ) : (
      <>
        <ul className="action-list">
          {rows.map((row) => (
            <li key={row.id}>
              <button type="button" className="link-button" onClick={() => navigate({ name: 'action', id: row.id })}>
                {row.number} {row.description}
              </button>
              <span className="action-list__meta">
                <DueDate dueOn={row.dueOn} overdue={row.overdue} />
                {row.linkedTo && ` · ${row.linkedTo}`}
              </span>
            </li>
          ))}
        </ul>
        {rows.length >= DIGEST_LIMIT && <p className="muted">{t('digest.more', { count: rows.length })}</p>}
      </>
    );
  return (
    <section className="card" aria-labelledby="home-digest">
      <div className="card__header">
        <h2 id="home-digest">{t('digest.heading')}</h2>
        <button type="button" className="button button--small" onClick={() => navigate({ name: 'actions', view: 'mine' })}>
          {t('digest.allMine')}
        </button>
      </div>
      <ErrorAlert error={digest.error} />
      {digest.data && (
        <div className="digest">
          <div>
            <h3>{t('digest.overdue')}</h3>
            {list(digest.data.overdue, t('digest.noneOverdue'))}
            <button type="button" className="link-button" onClick={() => navigate({ name: 'actions', view: 'overdue' })}>
              {t('digest.allOverdue')}
            </button>
          </div>
          <div>
            <h3>{t('digest.thisWeek', { date: formatDate(digest.data.weekEndsOn) })}</h3>
            {list(digest.data.dueThisWeek, t('digest.noneThisWeek'))}
            <button type="button" className="link-button" onClick={() => navigate({ name: 'actions', view: 'thisWeek' })}>
              {t('digest.allThisWeek')}
            </button>
          </div>
        </div>
      )}
    </section>
  );
}
