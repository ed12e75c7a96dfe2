import { useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { campaignWindowOf } from '../../../../shared/domain/campaignWindow';
import { isCountryCode } from '../../../../shared/domain/countries';
import { isIsoDate } from '../../../../shared/domain/fields';
import type { ElectionFormValues } from './electionFormValues';
import { campaignRuleText, longDate, storedDate } from './electionText';

/**
 * Under the date: what is stored for the chosen precision, and the campaign
 * ban that follows, computed live by the same function the service uses.
 */
export function CampaignWindowHint() {
  const { t, i18n } = useTranslation();
  const [country, date, precision] = useWatch<ElectionFormValues, ['country', 'date', 'precision']>({ name: ['country', 'date', 'precision'] });
  const validDate = isIsoDate(date);
  const stored = validDate ? storedDate(date, precision) : '';
  const usable = validDate && isCountryCode(country) && (precision === 'day' || precision === 'month' || precision === 'year');
  const window = usable ? campaignWindowOf(country, stored, precision) : null;
  return (
    <div className="elections-hint" aria-live="polite">
      {validDate && precision !== 'day' && (
        <p className="field__hint">
          {t(precision === 'month' ? 'elections.storedMonth' : 'elections.storedYear', { date: longDate(stored, i18n.language) })}
        </p>
      )}
      <p className="elections-rule">{campaignRuleText(t, country, window, precision, i18n.language)}</p>
    </div>
  );
}
