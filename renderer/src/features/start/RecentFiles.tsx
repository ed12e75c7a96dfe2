import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { format } from 'date-fns';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';
import { keys } from '../../api/queries';

export function RecentFiles({ onOpen }: { onOpen: (path: string) => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const recent = useQuery({ queryKey: keys.recentFiles, queryFn: () => call('recentFiles.list', {}) });
  const forget = useMutation({
    mutationFn: (path: string) => call('recentFiles.forget', { path }),
    onSuccess: (files) => queryClient.setQueryData(keys.recentFiles, files),
  });

  return (
    <section className="recent" aria-labelledby="recent-heading">
      <h2 id="recent-heading">{t('start.recent')}</h2>
      {recent.data?.length === 0 && <p className="muted">{t('start.noRecent')}</p>}
      <ul className="recent__list">
        {recent.data?.map((file) => (
          <li key={file.path} className="recent__item">
            <div className="recent__text">
              <span className="recent__name">{file.name}</span>
              <span className="recent__path">{file.path}</span>
              <span className="muted">
                {file.exists
                  ? t('start.lastOpened', { date: format(new Date(file.lastOpenedAt), 'dd-MM-yyyy HH:mm') })
                  : t('start.missing')}
              </span>
            </div>
            <div className="recent__buttons">
              <button
                type="button"
                className="button button--small"
                disabled={!file.exists}
                aria-label={t('start.openLabel', { name: file.name })}
                onClick={() => onOpen(file.path)}
              >
                {t('start.openRecent')}
              </button>
              <button
                type="button"
                className="button button--small button--quiet"
                aria-label={t('start.forgetLabel', { name: file.name })}
                onClick={() => forget.mutate(file.path)}
              >
                {t('start.forget')}
              </button>
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
