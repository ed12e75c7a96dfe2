import { useTranslation } from 'react-i18next';

/**
 * Where the app names the data it builds on and its licence. CC BY 4.0 asks
 * for the attribution wherever the map is shown or printed; NOTICE.md, which
 * ships with the app, holds the complete list.
 */
export function SourcesSection() {
  const { t } = useTranslation();
  return (
    <section className="card" aria-labelledby="settings-sources">
      <h2 id="settings-sources">{t('sources.heading')}</h2>
      <p>{t('sources.intro')}</p>
      <dl className="facts">
        <dt>{t('sources.mapLabel')}</dt>
        <dd>{t('sources.map')}</dd>
        <dt>{t('sources.registerLabel')}</dt>
        <dd>{t('sources.register')}</dd>
      </dl>
    </section>
  );
}
