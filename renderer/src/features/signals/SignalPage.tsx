import { useMutation, useQuery } from '@tanstack/react-query';
import { LinkedElections } from '../elections/LinkedElections';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';
import { recordKeys, useInvalidateRecords } from '../../api/domain';
import { Alert } from '../../components/Alert';
import type { Signal } from '../../../../shared/domain/signal';
import { RecordPage } from '../../components/record/RecordPage';
import { formatDateTime } from '../../format';
import { RelatedActions } from '../actions/RelatedActions';
import { RelatedContactMoments } from '../contactMoments/RelatedContactMoments';
import { BackButton } from '../shell/BackButton';
import { useNavigation } from '../shell/navigation';
import { RecordStatus } from '../shell/RecordStatus';
import { CaseLinkSection } from './CaseLinkSection';
import { DeleteDialog, EraseDialog } from './DeleteDialogs';
import { MergeDialog } from './MergeDialog';
import { SharesSection } from './SharesSection';
import { SignalFacts } from './SignalFacts';
import { StatusSection } from './StatusSection';

type OpenDialog = 'merge' | 'delete' | 'erase' | null;

/** Where a merged signal went, and which signals were merged into this one. */
function MergeNotices({ signal }: { signal: Signal }) {
  const { t } = useTranslation();
  const { navigate } = useNavigation();
  return (
    <>
      {signal.mergedInto && (
        <Alert kind="info">
          {t('signalPage.mergedInto')}{' '}
          <button type="button" className="link-button" onClick={() => navigate({ name: 'signal', id: signal.mergedInto!.id })}>
            {signal.mergedInto.number}
          </button>
        </Alert>
      )}
      {signal.mergedFrom.length > 0 && (
        <p className="muted">
          {t('signalPage.mergedFrom')}{' '}
          {signal.mergedFrom.map((source, index) => (
            <span key={source.id}>
              {index > 0 && ', '}
              <button type="button" className="link-button" onClick={() => navigate({ name: 'signal', id: source.id })}>
                {source.number}
              </button>
            </span>
          ))}
        </p>
      )}
    </>
  );
}

export function SignalPage({ id }: { id: string }) {
  const { t } = useTranslation();
  const { navigate } = useNavigation();
  const invalidate = useInvalidateRecords();
  const [dialog, setDialog] = useState<OpenDialog>(null);
  const [erased, setErased] = useState<string | null>(null);
  const query = useQuery({ queryKey: recordKeys.signal(id), queryFn: () => call('signals.get', { id }), enabled: !erased });
  const restore = useMutation<unknown, Error, void>({ mutationFn: () => call('signals.restore', { id }), onSuccess: invalidate });

  if (erased) {
    return (
      <>
        <BackButton />
        <Alert kind="success">{t('erase.done', { number: erased })}</Alert>
      </>
    );
  }
  if (!query.data) return <RecordStatus error={query.error} />;
  const signal = query.data;
  const deleted = !!signal.deletedAt;
  const frozen = deleted || !!signal.mergedInto;

  return (
    <RecordPage
      kicker={
        <>
          {signal.number} · {t(`enums.signalStatus.${signal.status}`)} ·{' '}
          <span className={`badge badge--${signal.urgency}`}>{t(`enums.urgency.${signal.urgency}`)}</span>
        </>
      }
      title={signal.title}
      actions={
        <>
          <button type="button" className="button button--primary" disabled={frozen} onClick={() => navigate({ name: 'signalForm', id: signal.id })}>
            {t('signalPage.edit')}
          </button>
          <button type="button" className="button" disabled={frozen} onClick={() => setDialog('merge')}>
            {t('signalPage.merge')}
          </button>
          {!deleted && (
            <button type="button" className="button button--quiet" onClick={() => setDialog('delete')}>
              {t('signalPage.delete')}
            </button>
          )}
        </>
      }
      deletion={{
        deleted,
        message: (
          <p>
            {t('signalPage.deleted', { at: formatDateTime(signal.deletedAt) })}{' '}
            {signal.deletedReason && t('signalPage.deletedReason', { reason: signal.deletedReason })}
          </p>
        ),
        restoreLabel: t('signalPage.restore'),
        restore,
      }}
      notices={<MergeNotices signal={signal} />}
      main={
        <section className="card" aria-label={t('signalPage.facts')}>
          <SignalFacts signal={signal} />
        </section>
      }
      side={
        <>
          <StatusSection key={signal.version} signal={signal} disabled={frozen} />
          <CaseLinkSection signal={signal} disabled={frozen} />
          <SharesSection signal={signal} disabled={frozen} />
          <RelatedActions filter={{ signalId: signal.id }} addRoute={{ name: 'actionForm', signalId: signal.id }} disabled={frozen} />
          <RelatedContactMoments signalId={signal.id} />
          <LinkedElections entity="signal" id={signal.id} />
        </>
      }
      history={{
        entity: 'signal',
        id: signal.id,
        names: signal.caseId && signal.caseNumber ? { [signal.caseId]: signal.caseNumber } : undefined,
      }}
      footer={
        <>
          <section className="card card--danger" aria-labelledby="signal-erase">
            <h2 id="signal-erase">{t('erase.sectionHeading')}</h2>
            <p className="muted">{t('erase.intro')}</p>
            <button type="button" className="button button--danger" onClick={() => setDialog('erase')}>
              {t('erase.open')}
            </button>
          </section>
          {dialog === 'merge' && <MergeDialog signal={signal} onClose={() => setDialog(null)} />}
          {dialog === 'delete' && <DeleteDialog signal={signal} onClose={() => setDialog(null)} />}
          {dialog === 'erase' && <EraseDialog signal={signal} onClose={() => setDialog(null)} onErased={() => setErased(signal.number)} />}
        </>
      }
    />
  );
}
