import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { MunicipalityDetail } from '../../../../shared/domain/municipality';
import { call } from '../../api/client';
import { recordKeys } from '../../api/domain';
import { Alert } from '../../components/Alert';
import { Facts } from '../../components/record/Facts';
import { RecordPage } from '../../components/record/RecordPage';
import { formatDate, localToday } from '../../format';
import { useNavigation } from '../shell/navigation';
import { RecordStatus } from '../shell/RecordStatus';
import { MunicipalitySections } from './MunicipalitySections';
import '../../styles/network.css';

const DAY_MS = 86_400_000;
const COUNTS = ['signals', 'cases', 'contactMoments', 'organisations', 'persons', 'openActions'] as const;

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

function LastContact({ on }: { on: string | null }) {
  const { t } = useTranslation();
  if (!on) return <>{t('municipality.noContact')}</>;
  const days = daysBetween(on, localToday());
  const date = formatDate(on);
  return <>{days <= 0 ? t('municipality.lastContactToday', { date }) : t('municipality.lastContactAgo', { date, count: days })}</>;
}

function Summary({ detail }: { detail: MunicipalityDetail }) {
  const { t } = useTranslation();
  return (
    <section className="card" aria-labelledby="municipality-summary">
      <h2 id="municipality-summary">{t('municipality.summary')}</h2>
      <Facts
        facts={[
          [t('municipality.lastContact'), <LastContact key="last" on={detail.lastContactOn} />],
          [t('municipality.validFrom'), formatDate(detail.validFrom)],
        ]}
      />
      <ul className="municipality-counts">
        {COUNTS.map((key) => (
          <li key={key}>
            <strong>{detail.counts[key]}</strong>
            {t(`municipality.count.${key}`)}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** Everything linked to one municipality, and a quick way to log a contact with it. */
export function MunicipalityPage({ code }: { code: string }) {
  const { t } = useTranslation();
  const { navigate } = useNavigation();
  const query = useQuery({
    queryKey: [...recordKeys.municipalities, 'one', code],
    queryFn: () => call('municipalities.get', { code }),
  });

  if (!query.data) return <RecordStatus error={query.error} />;
  const detail = query.data;
  return (
    <RecordPage
      kicker={t('municipality.kicker', { code: detail.code, province: detail.provinceName })}
      title={detail.name}
      actions={
        <button
          type="button"
          className="button button--primary"
          onClick={() => navigate({ name: 'contactMomentForm', prefill: { municipalities: [detail.code] } })}
        >
          {t('municipality.newContactMoment')}
        </button>
      }
      notices={
        detail.validTo && (
          <Alert kind="info">
            <p>{t('municipality.former', { date: formatDate(detail.validTo) })}</p>
            {detail.mergedInto && (
              <p>
                {t('municipality.mergedInto')}:{' '}
                <button type="button" className="link-button" onClick={() => navigate({ name: 'municipality', code: detail.mergedInto ?? '' })}>
                  {detail.mergedInto}
                </button>
              </p>
            )}
          </Alert>
        )
      }
    >
      <Summary detail={detail} />
      <MunicipalitySections detail={detail} />
    </RecordPage>
  );
}
