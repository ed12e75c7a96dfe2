import type { TFunction } from 'i18next';
import type { TimelineItem } from '../../../../shared/domain/case';
import { CASE_STATUSES, CONTACT_FORMS, SIGNAL_STATUSES } from '../../../../shared/domain/enums';
import { formatDate } from '../../format';

const isOneOf = (list: readonly string[], value: string) => list.includes(value);

/**
 * The detail line of a timeline item in words. The service gives codes (see
 * caseTimeline): a status code, a contact form, an action's moment, or for
 * the case itself its audit action, 'update:<changed fields>' for updates.
 */
export function timelineDetail(t: TFunction, item: TimelineItem, caseId: string): string {
  const { kind, detail } = item;
  if (kind === 'journal') return detail === item.title ? '' : detail;
  if (kind === 'contactMoment') {
    return isOneOf(CONTACT_FORMS, detail) ? t('timeline.contactForm', { form: t(`enums.contactForm.${detail as 'overleg'}`) }) : detail;
  }
  if (kind === 'action') return actionDetail(t, detail);
  if (kind === 'signal' || (kind === 'status' && item.refId !== caseId)) {
    return isOneOf(SIGNAL_STATUSES, detail)
      ? t('timeline.statusIs', { status: t(`enums.signalStatus.${detail as 'nieuw'}`) })
      : detail;
  }
  if (kind === 'status') {
    return isOneOf(CASE_STATUSES, detail) ? t('timeline.statusIs', { status: t(`enums.caseStatus.${detail as 'open'}`) }) : detail;
  }
  const [action = '', fields = ''] = detail.split(':');
  const actionText = t(`history.action.${action as 'create'}`, { defaultValue: action });
  if (!fields) return actionText;
  const names = fields.split(',').map((field) => {
    if (field === 'addedSignals') return t('timeline.addedSignals');
    if (field === 'removedSignal') return t('timeline.removedSignal');
    return t(`case.${field as 'title'}`, { defaultValue: field });
  });
  return `${actionText}: ${names.join(', ')}`;
}

/** An action's moment: agreed ('created:<due date>') or done ('completed:<result>'). */
function actionDetail(t: TFunction, detail: string): string {
  const split = detail.indexOf(':');
  const [moment, rest] = split < 0 ? [detail, ''] : [detail.slice(0, split), detail.slice(split + 1)];
  if (moment === 'created') return rest ? t('timeline.actionAgreedDue', { date: formatDate(rest) }) : t('timeline.actionAgreed');
  if (moment === 'completed') return rest ? t('timeline.actionCompletedResult', { result: rest }) : t('timeline.actionCompleted');
  return detail;
}

/** Date-only moments (a signal's received date, a journal date) have no time worth showing. */
export function isDateOnly(at: string): boolean {
  return at.length === 10;
}
