import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

interface Estimate {
  score: 0 | 1 | 2 | 3 | 4;
  feedback: string[];
}

type Estimator = (passphrase: string) => Estimate;

/** The dictionaries are large, so they load only when a passphrase is being chosen. */
async function loadEstimator(language: string): Promise<Estimator> {
  const [{ zxcvbn, zxcvbnOptions }, common, dutch, english] = await Promise.all([
    import('@zxcvbn-ts/core'),
    import('@zxcvbn-ts/language-common'),
    import('@zxcvbn-ts/language-nl-be'),
    import('@zxcvbn-ts/language-en'),
  ]);
  zxcvbnOptions.setOptions({
    dictionary: { ...common.dictionary, ...dutch.dictionary, ...english.dictionary },
    graphs: common.adjacencyGraphs,
    translations: language === 'en' ? english.translations : dutch.translations,
  });
  return (passphrase) => {
    const result = zxcvbn(passphrase);
    const feedback = [result.feedback.warning, ...result.feedback.suggestions].filter((text): text is string => !!text);
    return { score: result.score, feedback };
  };
}

export function PassphraseStrength({ passphrase }: { passphrase: string }) {
  const { t, i18n } = useTranslation();
  const [estimator, setEstimator] = useState<Estimator | null>(null);

  useEffect(() => {
    let active = true;
    void loadEstimator(i18n.language).then((loaded) => {
      if (active) setEstimator(() => loaded);
    });
    return () => {
      active = false;
    };
  }, [i18n.language]);

  // zxcvbn keeps its last analysis, the passphrase included, in module state:
  // overwrite it when the meter goes, so the window does not hold it after a lock.
  useEffect(() => () => void estimator?.(''), [estimator]);

  if (!passphrase || !estimator) return null;
  const { score, feedback } = estimator(passphrase);
  return (
    <div className="strength" aria-live="polite">
      <div className="strength__bar" data-score={score}>
        <meter min={0} max={4} value={score} aria-label={t('strength.label')} />
      </div>
      <p className="strength__label">
        {t('strength.label')}: <strong>{t(`strength.score${score}`)}</strong>
      </p>
      {feedback.length > 0 && (
        <ul className="strength__feedback">
          {feedback.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
