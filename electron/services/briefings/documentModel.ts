import type { BriefingDocumentModel, DocumentLogo, SignalLine } from '../../../shared/domain/briefingDocument';
import { imageSize } from '../../briefing/logo';
import { dutchDate, shortDate } from '../../../shared/domain/briefingText';
import { findRecipient, type BriefingDraft, type HouseStyle } from '../../../shared/domain/briefing';
import type { Classification } from '../../../shared/domain/enums';
import { translate } from '../../../shared/i18n';
import { chartFor, countSignals } from './counts';
import type { GatheredBriefing, GatheredSignal } from './gather';
import { overviewKeyPoints } from './suggestions';

/**
 * Turns gathered records and a draft into the document model: display text
 * only, in Dutch, with exactly the records that were gathered.
 */

export interface ModelInput {
  draft: BriefingDraft;
  gathered: GatheredBriefing;
  houseStyle: HouseStyle;
  reference: string;
  classification: Classification;
  /** YYYY-MM-DD: the note's date (the draft's, or today). */
  date: string;
  draftedBy: string;
}

const label = (group: string, code: string | null): string => (code ? translate('nl', `enums.${group}.${code}`) : '');
const NATIONAL = 'Landelijk';

function placeOf(input: ModelInput, signal: GatheredSignal): string {
  const names = signal.municipalities.map((code) => input.gathered.places.get(code)?.name ?? code).sort((a, b) => a.localeCompare(b, 'nl'));
  const place = names.length > 0 ? names.join(', ') : signal.isNational === 1 ? NATIONAL : '';
  return signal.location ? `${place} (${signal.location})` : place;
}

function signalLines(input: ModelInput): SignalLine[] {
  const withDetail = input.draft.kind !== 'signaleringsoverzicht';
  return input.gathered.signals.map((signal) => ({
    number: signal.number,
    receivedOn: shortDate(signal.receivedOn),
    place: placeOf(input, signal),
    themes: signal.themes.map((code) => input.gathered.themes.get(code) ?? code).join(', '),
    title: signal.title,
    detail: withDetail ? signal.description : '',
    urgency: label('urgency', signal.urgency),
  }));
}

function periodText(draft: BriefingDraft): string | null {
  const { from, to } = draft.selection;
  if (from && to) return `${dutchDate(from)} t/m ${dutchDate(to)}`;
  if (from) return `vanaf ${dutchDate(from)}`;
  if (to) return `tot en met ${dutchDate(to)}`;
  return null;
}

function defaultSubject(input: ModelInput, period: string | null): string {
  const { draft, gathered } = input;
  if (draft.kind === 'signaleringsoverzicht') return `Signaleringsoverzicht ${period ?? ''}`.trim();
  if (gathered.cases.length === 1) return gathered.cases[0]!.title;
  const themes = draft.selection.themes.map((code) => gathered.themes.get(code) ?? code);
  return themes.length > 0 ? `Signalen over ${themes.join(', ')}` : 'Signalen sociale stabiliteit';
}

function summaryText(input: ModelInput, period: string | null): string {
  const { gathered } = input;
  const total = gathered.signals.length;
  if (total === 0) return 'Er zijn geen signalen geselecteerd.';
  const places = new Set(gathered.signals.flatMap((signal) => signal.municipalities));
  const provinces = new Set([...places].map((code) => gathered.places.get(code)?.provinceName ?? code));
  const noun = total === 1 ? 'signaal' : 'signalen';
  const where = places.size > 0 ? ` uit ${places.size} ${places.size === 1 ? 'gemeente' : 'gemeenten'} in ${provinces.size} ${provinces.size === 1 ? 'provincie' : 'provincies'}` : '';
  const when = period ? `In de periode ${period} zijn` : 'Deze nota beschrijft';
  const verb = period ? 'geselecteerd' : '';
  let text = `${when} ${total} ${noun}${where} ${verb}`.trimEnd() + '.';
  if (gathered.withheldSignals > 0) {
    text += ` Bij ${gathered.withheldSignals} ${gathered.withheldSignals === 1 ? 'signaal is' : 'signalen is'} de vrije tekst weggelaten omdat die persoonsgegevens bevat.`;
  }
  return text;
}

function selectionLines(input: ModelInput, period: string | null): string[] {
  const { draft, gathered } = input;
  const themes = draft.selection.themes.map((code) => gathered.themes.get(code) ?? code);
  const places = draft.selection.municipalities.map((code) => gathered.places.get(code)?.name ?? code);
  const lines = [`Periode: ${period ?? 'geen'}`, `Thema's: ${themes.length > 0 ? themes.join(', ') : 'alle'}`, `Gemeenten: ${places.length > 0 ? places.join(', ') : 'alle'}`];
  if (gathered.cases.length > 0) lines.push(`Casussen: ${gathered.cases.map((c) => `${c.number} ${c.title}`).join('; ')}`);
  if (draft.selection.signalIds.length > 0) lines.push(`Met de hand toegevoegde signalen: ${draft.selection.signalIds.length}`);
  return lines;
}

function logoOf(style: HouseStyle): DocumentLogo | null {
  if (!style.logo) return null;
  const data = Buffer.from(style.logo.base64, 'base64');
  const size = imageSize(data, style.logo.mime);
  return size ? { ...size, data, widthMm: style.logo.widthMm } : null;
}

export function toDocumentModel(input: ModelInput): BriefingDocumentModel {
  const { draft, gathered, houseStyle } = input;
  const period = periodText(draft);
  const counted = countSignals(gathered, draft.selection);
  const recipientCode = draft.recipient || houseStyle.defaultRecipient;
  const sections = { ...draft.sections };
  if (draft.kind === 'signaleringsoverzicht' && sections.kernpunten.trim() === '') sections.kernpunten = overviewKeyPoints(gathered, counted.counts).join('\n');
  const style = houseStyle;
  return {
    kind: draft.kind,
    reference: input.reference,
    classification: label('classification', input.classification),
    date: dutchDate(input.date),
    to: findRecipient(style.recipients, recipientCode)?.name ?? recipientCode,
    from: draft.fromLine || [style.directorate, style.unit].filter((part) => part !== '').join(', ') || style.organisationLine,
    copyTo: draft.copyTo.map((code) => findRecipient(style.recipients, code)?.name ?? code),
    subject: draft.subject || defaultSubject(input, period),
    deadline: draft.deadline ? dutchDate(draft.deadline) : null,
    referenceColumn: {
      organisationLine: style.organisationLine,
      directorate: style.directorate,
      unit: style.unit,
      addressLines: style.address.split('\n').filter((line) => line.trim() !== ''),
      contactName: style.contactName,
      contactEmail: style.contactEmail,
      contactPhone: style.contactPhone,
    },
    logo: logoOf(style),
    sections,
    period,
    summary: summaryText(input, period),
    signals: signalLines(input),
    cases: gathered.cases.map((c) => ({
      number: c.number,
      title: c.title,
      type: label('caseType', c.type),
      status: label('caseStatus', c.status),
      startOn: shortDate(c.startOn),
    })),
    counts: counted.counts,
    actions: gathered.actions.map((action) => ({
      number: action.number,
      description: action.description,
      kind: label('actionKind', action.kind),
      owner: action.ownerInitials ?? '',
      dueOn: action.dueOn ? shortDate(action.dueOn) : '',
      status: label('actionStatus', action.status),
    })),
    contactMoments: gathered.contactMoments.map((moment) => ({
      number: moment.number,
      heldOn: shortDate(moment.heldOn),
      form: label('contactForm', moment.form),
      places: moment.municipalities.map((code) => gathered.places.get(code)?.name ?? code).join(', '),
      subject: moment.subject,
      withWhom: [...moment.organisations, ...moment.persons].join(', '),
    })),
    includePersonalData: draft.includePersonalData,
    chart: chartFor(draft.kind, draft.chart, counted),
    draftedBy: input.draftedBy,
    selectionLines: selectionLines(input, period),
  };
}
