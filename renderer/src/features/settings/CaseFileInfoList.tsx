import { useQuery } from '@tanstack/react-query';
import { format } from 'date-fns';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';
import { keys } from '../../api/queries';
import { Alert } from '../../components/Alert';
import { errorText } from '../../components/messages';
import { formatNumber } from '../../format';
import { formatBytes } from './formatBytes';

export function CaseFileInfoList() {
  const { t } = useTranslation();
  const info = useQuery({ queryKey: keys.caseFileInfo, queryFn: () => call('caseFile.info', {}) });
  if (info.isError) return <Alert kind="error">{errorText(t, info.error)}</Alert>;
  if (!info.data) return <p className="muted">{t('app.loading')}</p>;
  const { data } = info;
  return (
    <dl className="facts">
      <dt>{t('settings.infoPath')}</dt>
      <dd className="path">{data.path}</dd>
      <dt>{t('settings.infoCreated')}</dt>
      <dd>{format(new Date(data.createdAt), 'dd-MM-yyyy HH:mm')}</dd>
      <dt>{t('settings.infoSchema')}</dt>
      <dd>{data.schemaVersion}</dd>
      <dt>{t('settings.infoSize')}</dt>
      <dd>{formatBytes(data.sizeBytes)}</dd>
      <dt>{t('settings.infoCipher')}</dt>
      <dd>{data.cipher}</dd>
      <dt>{t('settings.infoCounts')}</dt>
      <dd>
        <ul className="counts">
          {Object.entries(data.counts).map(([name, count]) => (
            <li key={name}>
              {t(`settings.count_${name}` as 'settings.count_advisers')}: <strong>{formatNumber(count)}</strong>
            </li>
          ))}
        </ul>
      </dd>
    </dl>
  );
}
