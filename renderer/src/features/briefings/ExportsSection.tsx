import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BriefingExport } from '../../../../shared/domain/briefing';
import { call } from '../../api/client';
import { Alert } from '../../components/Alert';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatDateTime } from '../../format';
import { briefingKeys } from './briefingQueries';

/** Every exported version as the case file keeps it, each downloadable again byte for byte. */
export function ExportsSection({ briefingId }: { briefingId: string }) {
  const { t } = useTranslation();
  const exports = useQuery({ queryKey: briefingKeys.exports(briefingId), queryFn: () => call('briefings.exports', { briefingId }) });
  const [saved, setSaved] = useState<string | null>(null);
  const download = useMutation({
    mutationFn: (exportId: string) => call('briefings.download', { exportId }),
    onMutate: () => setSaved(null),
    onSuccess: (result) => setSaved(result.path),
  });
  const rows = exports.data ?? [];
  const counts = (records: BriefingExport['records']) =>
    t('briefings.recordCounts', {
      signals: records.signals.length,
      cases: records.cases.length,
      moments: records.contactMoments.length,
      actions: records.actions.length,
    });
  return (
    <section className="card briefing-wide" aria-labelledby="briefing-exports">
      <h2 id="briefing-exports">{t('briefings.exportsHeading')}</h2>
      <ErrorAlert error={exports.error ?? download.error} />
      {saved && <Alert kind="success">{t('briefings.downloaded', { path: saved })}</Alert>}
      {exports.data && rows.length === 0 && <p className="muted">{t('briefings.noExports')}</p>}
      {rows.length > 0 && (
        <div className="table-wrap">
          <table className="data-table data-table--compact briefing-exports">
            <caption className="visually-hidden">{t('briefings.exportsHeading')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('briefing.version')}</th>
                <th scope="col">{t('briefing.exportedAt')}</th>
                <th scope="col">{t('briefing.exportedBy')}</th>
                <th scope="col">{t('briefing.classification')}</th>
                <th scope="col">{t('briefings.column.records')}</th>
                <th scope="col">{t('briefing.sha256')}</th>
                <th scope="col">{t('briefings.column.download')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((version) => (
                <tr key={version.id}>
                  <td>{version.version}</td>
                  <td className="nowrap">{formatDateTime(version.exportedAt)}</td>
                  <td>{version.exportedBy}</td>
                  <td>
                    {t(`enums.classification.${version.classification}`)}
                    {version.classificationOverride && (
                      <span className="cell-sub">{t('briefings.overrideReasonShort', { reason: version.classificationOverride })}</span>
                    )}
                  </td>
                  <td>{counts(version.records)}</td>
                  <td>
                    <code className="checksum">{version.sha256.slice(0, 12)}…</code>
                  </td>
                  <td>
                    {version.withdrawnAt ? (
                      <span className="muted">{t('briefings.withdrawn')}</span>
                    ) : (
                      <button
                        type="button"
                        className="button button--small"
                        disabled={download.isPending}
                        aria-label={t('briefings.downloadLabel', { version: version.version })}
                        onClick={() => download.mutate(version.id)}
                      >
                        {t('briefings.download')}
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
