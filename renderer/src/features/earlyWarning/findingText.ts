import type { TFunction } from 'i18next';
import type { EarlyWarningFinding } from '../../../../shared/domain/earlyWarningFinding';
import { parseIsoWeekKey } from '../../../../shared/domain/isoWeek';

const weekNumber = (key: string) => String(parseIsoWeekKey(key)?.week ?? key);

/**
 * A threshold as people read it: Bayes gives a whole count ("drempel 4"),
 * EARS a mean plus deviations, shown with one decimal ("drempel 3,1").
 */
export function formatThreshold(value: number, language: string): string {
  const locale = language.startsWith('en') ? 'en-GB' : 'nl-NL';
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(value);
}

export function unitName(finding: EarlyWarningFinding, language: string): string {
  return language.startsWith('en') ? finding.explanation.unitNameEn : finding.explanation.unitName;
}

/** "Utrecht, week 48: 7 signalen, drempel 4, referentie weken 42–47". */
export function explanationText(t: TFunction, finding: EarlyWarningFinding, language: string): string {
  const { explanation } = finding;
  return t('earlyWarning.explanation', {
    unit: unitName(finding, language),
    week: weekNumber(explanation.week),
    count: explanation.observed,
    threshold: formatThreshold(explanation.threshold, language),
    from: weekNumber(explanation.referenceFrom),
    to: weekNumber(explanation.referenceTo),
  });
}
