import { useTranslation } from 'react-i18next';
import type { BriefingPreviewModel } from '../../../../shared/contract/briefingChannels';
import { BulletList, DocTable, Italic, NumberedLines, TextBlock } from './DocumentBlocks';
import { DOCUMENT_TEXT } from '../../../../shared/domain/briefingText';

/**
 * The note as a readable page, in the outline of the Word document
 * (electron/briefing/build.ts): title block with the reference column, then
 * the body of a nota or of a periodic overview, then the initials block.
 * Headings start at h3: the page sits under the dialog's h2.
 */

const H = DOCUMENT_TEXT.heading;
const C = DOCUMENT_TEXT.column;

function Field({ label, value, strong }: { label: string; value: string; strong?: boolean }) {
  return (
    <div className="briefing-doc__field">
      <dt>{label}</dt>
      <dd className={strong ? 'briefing-doc__strong' : undefined}>{value}</dd>
    </div>
  );
}

function TitleBlock({ model }: { model: BriefingPreviewModel }) {
  const column = model.referenceColumn;
  const attachments = model.sections.bijlagen.split('\n').filter((line) => line.trim() !== '').length;
  const contact = [column.contactName, column.contactEmail, column.contactPhone].filter((value) => value.trim() !== '');
  return (
    <div className="briefing-doc__title-block">
      <div>
        <h3 className="briefing-doc__title">{model.kind === 'signaleringsoverzicht' ? DOCUMENT_TEXT.overview : DOCUMENT_TEXT.nota}</h3>
        <dl className="briefing-doc__fields">
          <Field label={DOCUMENT_TEXT.to} value={model.to} />
          <Field label={DOCUMENT_TEXT.from} value={model.from} />
          <Field label={DOCUMENT_TEXT.date} value={model.date} />
          <Field label={DOCUMENT_TEXT.subject} value={model.subject} strong />
          {model.period && <Field label={DOCUMENT_TEXT.period} value={model.period} />}
          <Field label={DOCUMENT_TEXT.purpose} value={model.kind === 'beslisnota' ? DOCUMENT_TEXT.forDecision : DOCUMENT_TEXT.forInformation} />
          {model.kind === 'beslisnota' && <Field label={DOCUMENT_TEXT.deadline} value={model.deadline ?? DOCUMENT_TEXT.toBeWritten} strong />}
        </dl>
      </div>
      <div className="briefing-doc__reference">
        {[column.organisationLine, column.directorate, column.unit]
          .filter((value) => value.trim() !== '')
          .map((value, index) => (
            <p key={index} className={index === 0 ? 'briefing-doc__strong' : undefined}>
              {value}
            </p>
          ))}
        {column.addressLines.length > 0 && <p className="briefing-doc__lines">{column.addressLines.join('\n')}</p>}
        <dl>
          {contact.length > 0 && <Field label={DOCUMENT_TEXT.contact} value={contact.join('\n')} />}
          <Field label={DOCUMENT_TEXT.date} value={model.date} />
          <Field label={DOCUMENT_TEXT.reference} value={model.reference} />
          <Field label={DOCUMENT_TEXT.attachments} value={attachments === 0 ? DOCUMENT_TEXT.none : String(attachments)} />
          {model.copyTo.length > 0 && <Field label={DOCUMENT_TEXT.copyTo} value={model.copyTo.join('\n')} />}
        </dl>
      </div>
    </div>
  );
}

function Signals({ model }: { model: BriefingPreviewModel }) {
  if (model.signals.length === 0) return <Italic>{DOCUMENT_TEXT.noSignals}</Italic>;
  const overview = model.kind === 'signaleringsoverzicht';
  return (
    <>
      <SignalsTable model={model} overview={overview} />
      <OmittedSignals count={model.omittedSignals} />
    </>
  );
}

/** The preview shows the first rows only (the service caps them); it says how many more the file holds. */
export function OmittedSignals({ count }: { count: number }) {
  const { t } = useTranslation();
  if (count === 0) return null;
  return <p className="muted">{t('briefings.omittedSignals', { count })}</p>;
}

function SignalsTable({ model, overview }: { model: BriefingPreviewModel; overview: boolean }) {
  return (
    <DocTable
      caption={H.signals}
      headers={overview ? [C.number, C.received, C.place, C.theme, C.title, C.urgency] : [C.number, C.received, C.place, C.theme, C.signal]}
      rows={model.signals.map((s) =>
        overview
          ? [s.number, s.receivedOn, s.place, s.themes, s.title, s.urgency]
          : [
              s.number,
              s.receivedOn,
              s.place,
              s.themes,
              <>
                <strong>{s.title}</strong>
                {s.detail && <span className="briefing-doc__detail">{s.detail}</span>}
              </>,
            ],
      )}
    />
  );
}

function Cases({ model, Heading }: { model: BriefingPreviewModel; Heading: 'h5' | 'h6' }) {
  if (model.cases.length === 0) return null;
  return (
    <>
      <Heading>{H.cases}</Heading>
      <DocTable caption={H.cases} headers={[C.number, C.caseTitle, C.type, C.status, C.start]} rows={model.cases.map((c) => [c.number, c.title, c.type, c.status, c.startOn])} />
    </>
  );
}

function ContactsAndActions({ model, Heading }: { model: BriefingPreviewModel; Heading: 'h4' | 'h6' }) {
  return (
    <>
      <Heading>{H.contacts}</Heading>
      {model.contactMoments.length > 0 ? (
        <DocTable
          caption={H.contacts}
          headers={[C.number, C.date, C.form, C.place, C.contactSubject, C.withWhom]}
          rows={model.contactMoments.map((m) => [m.number, m.heldOn, m.form, m.places, m.subject, m.withWhom])}
        />
      ) : (
        <Italic>{DOCUMENT_TEXT.noContacts}</Italic>
      )}
      <Heading>{H.openActions}</Heading>
      {model.actions.length > 0 ? (
        <DocTable
          caption={H.openActions}
          headers={[C.number, C.action, C.type, C.owner, C.due, C.status]}
          rows={model.actions.map((a) => [a.number, a.description, a.kind, a.owner, a.dueOn, a.status])}
        />
      ) : (
        <Italic>{DOCUMENT_TEXT.noActions}</Italic>
      )}
    </>
  );
}

function NotPublic({ model }: { model: BriefingPreviewModel }) {
  return (
    <>
      <h4>{H.nietOpenbaar}</h4>
      <TextBlock text={model.sections.nietOpenbaar} />
      {model.sections.wooGrond.trim() !== '' && <Italic>{`${DOCUMENT_TEXT.wooGround}: ${model.sections.wooGrond.trim()}`}</Italic>}
    </>
  );
}

function Parafen({ draftedBy }: { draftedBy: string }) {
  return (
    <>
      <h4>{H.parafen}</h4>
      <DocTable
        caption={H.parafen}
        headers={[C.role, C.name, C.initials, C.date]}
        rows={DOCUMENT_TEXT.parafenRoles.map((role, index) => [role, index === 0 ? draftedBy : '', '', ''])}
      />
    </>
  );
}

function NoteBody({ model }: { model: BriefingPreviewModel }) {
  const s = model.sections;
  return (
    <>
      <h4>{H.aanleiding}</h4>
      <TextBlock text={s.aanleiding} />
      {model.kind === 'beslisnota' && (
        <>
          <h4>{H.geadviseerdBesluit}</h4>
          <TextBlock text={s.geadviseerdBesluit} />
        </>
      )}
      <h4>{H.kernpunten}</h4>
      <BulletList text={s.kernpunten} />
      <h4>{H.toelichting}</h4>
      <h5>{H.beeld}</h5>
      <p>{model.summary}</p>
      <Signals model={model} />
      <Cases model={model} Heading="h6" />
      <h5>{H.duiding}</h5>
      <TextBlock text={s.toelichting} />
      <h5>{H.contactenEnActies}</h5>
      <TextBlock text={s.contactenEnActies} />
      <ContactsAndActions model={model} Heading="h6" />
      <h5>{H.vervolgAdvies}</h5>
      <TextBlock text={s.vervolgAdvies} />
      <h4>{H.afstemming}</h4>
      <TextBlock text={s.afstemming} />
      <NotPublic model={model} />
      <h4>{H.bijlagen}</h4>
      <NumberedLines text={s.bijlagen} />
      <Parafen draftedBy={model.draftedBy} />
    </>
  );
}

function Counts({ caption, column, lines }: { caption: string; column: string; lines: { label: string; count: number }[] }) {
  return <DocTable caption={caption} headers={[column, C.count]} rows={lines.map((line) => [line.label, String(line.count)])} />;
}

function OverviewBody({ model }: { model: BriefingPreviewModel }) {
  const s = model.sections;
  return (
    <>
      <h4>{H.kernpunten}</h4>
      <BulletList text={s.kernpunten} />
      <h4>{H.periode}</h4>
      {model.selectionLines.map((line) => (
        <p key={line}>{line}</p>
      ))}
      <h4>{H.aantallen}</h4>
      <p>{model.summary}</p>
      <h5>{H.perTheme}</h5>
      <Counts caption={H.perTheme} column={C.theme} lines={model.counts.byTheme} />
      <h5>{H.perProvince}</h5>
      <Counts caption={H.perProvince} column={C.province} lines={model.counts.byProvince} />
      <h5>{H.perWeek}</h5>
      <Counts caption={H.perWeek} column={C.week} lines={model.counts.byWeek} />
      <h4>{H.signals}</h4>
      <Signals model={model} />
      <ContactsAndActions model={model} Heading="h4" />
      <h4>{H.duiding}</h4>
      <TextBlock text={s.toelichting} />
      {s.vervolgAdvies.trim() !== '' && (
        <>
          <h4>{H.vervolgAdvies}</h4>
          <TextBlock text={s.vervolgAdvies} />
        </>
      )}
      {s.nietOpenbaar.trim() !== '' && <NotPublic model={model} />}
      {s.bijlagen.trim() !== '' && (
        <>
          <h4>{H.bijlagen}</h4>
          <NumberedLines text={s.bijlagen} />
        </>
      )}
    </>
  );
}

export function BriefingDocumentView({ model }: { model: BriefingPreviewModel }) {
  const marking = model.classification.toUpperCase();
  return (
    <article className="briefing-doc" lang="nl" aria-label={`${model.reference} ${model.subject}`}>
      <p className="briefing-doc__marking">{marking}</p>
      <TitleBlock model={model} />
      {model.kind === 'signaleringsoverzicht' ? <OverviewBody model={model} /> : <NoteBody model={model} />}
      <p className="briefing-doc__marking briefing-doc__marking--bottom">{marking}</p>
    </article>
  );
}
