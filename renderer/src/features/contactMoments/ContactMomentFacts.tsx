import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ContactMoment, NamedRef } from '../../../../shared/domain/contactMoment';
import { adviserName, useReference, useReferenceLabel } from '../../api/domain';
import { formatDate, formatDateTime } from '../../format';
import { useNavigation, type Route } from '../shell/navigation';
import { Facts, type Fact } from '../../components/record/Facts';

/** The facts of a contact moment, read-only; participants and the case open their own pages. */
export function ContactMomentFacts({ moment }: { moment: ContactMoment }) {
  const { t } = useTranslation();
  const { navigate } = useNavigation();
  const reference = useReference().data;
  const label = useReferenceLabel();
  const links = (refs: NamedRef[], route: (id: string) => Route): ReactNode =>
    refs.length === 0
      ? '—'
      : refs.map((ref, index) => (
          <span key={ref.id}>
            {index > 0 && ', '}
            <button type="button" className="link-button" onClick={() => navigate(route(ref.id))}>
              {ref.label}
            </button>
          </span>
        ));
  const facts: Fact[] = [
    [t('contactMoment.heldOn'), formatDate(moment.heldOn)],
    [t('contactMoment.form'), t(`enums.contactForm.${moment.form}`)],
    [t('contactMoment.municipalities'), moment.municipalityNames.join(', ') || '—'],
    [t('contactMoment.organisations'), links(moment.organisations, (id) => ({ name: 'organisation', id }))],
    [t('contactMoment.persons'), links(moment.persons, (id) => ({ name: 'contactPerson', id }))],
    [t('contactMoment.staff'), moment.staff.map((ref) => ref.label).join(', ') || '—'],
    [t('contactMoment.themes'), moment.themes.map((code) => label(reference?.themes, code)).join(', ') || '—'],
    [t('contactMoment.caseId'), moment.caseId && moment.caseLabel ? links([{ id: moment.caseId, label: moment.caseLabel }], (id) => ({ name: 'case', id })) : '—'],
    [t('contactMoment.classification'), t(`enums.classification.${moment.classification}`)],
    [t('contactMoment.updatedAt'), [formatDateTime(moment.updatedAt), adviserName(reference, moment.updatedBy)].filter(Boolean).join(' · ')],
  ];
  return (
    <section className="card" aria-labelledby="contact-moment-facts">
      <h2 id="contact-moment-facts">{t('contactMoments.facts')}</h2>
      <Facts facts={facts} />
      <h3>{t('contactMoment.minutes')}</h3>
      <p className="prose">{moment.minutes || <span className="muted">{t('contactMoments.noMinutes')}</span>}</p>
    </section>
  );
}
