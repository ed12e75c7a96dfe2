import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ContactPerson } from '../../../../shared/domain/contactPerson';
import { call } from '../../api/client';
import { useInvalidateRecords } from '../../api/domain';
import { Alert } from '../../components/Alert';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useNavigation } from '../shell/navigation';
import { EraseContactPersonDialog } from './EraseContactPersonDialog';

/** The person's AVG rights: an access export, and erasure for good. */
export function PrivacySection({ person }: { person: ContactPerson }) {
  const { t } = useTranslation();
  const { navigate } = useNavigation();
  const invalidate = useInvalidateRecords();
  const [erasing, setErasing] = useState(false);
  const exported = useMutation({ mutationFn: () => call('contactPersons.export', { id: person.id }) });
  const leave = () => {
    setErasing(false);
    navigate({ name: 'contactPersons' });
    invalidate();
  };
  return (
    <section className="card organisations-privacy" aria-labelledby="person-privacy">
      <h2 id="person-privacy">{t('contactPersons.privacyHeading')}</h2>
      <p>{t('privacy.exportIntro')}</p>
      <button type="button" className="button" disabled={exported.isPending} onClick={() => exported.mutate()}>
        {t('privacy.exportButton')}
      </button>
      {exported.data?.path && (
        <Alert kind="success">
          {t('privacy.exportSaved')} <span className="organisations-path">{exported.data.path}</span>
        </Alert>
      )}
      {exported.data && exported.data.path === null && <Alert kind="info">{t('privacy.exportCancelled')}</Alert>}
      <ErrorAlert error={exported.error} />
      <p>{t('privacy.eraseIntro')}</p>
      <button type="button" className="button button--danger" onClick={() => setErasing(true)}>
        {t('privacy.eraseButton')}
      </button>
      {erasing && <EraseContactPersonDialog person={person} onClose={() => setErasing(false)} onDone={leave} />}
    </section>
  );
}
