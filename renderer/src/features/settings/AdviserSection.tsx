import { zodResolver } from '@hookform/resolvers/zod';
import { useQuery } from '@tanstack/react-query';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { adviserInputSchema, type Adviser, type AdviserInput } from '../../../../shared/domain/adviser';
import { call } from '../../api/client';
import { keys, useSessionMutation } from '../../api/queries';
import { Alert } from '../../components/Alert';
import { Field } from '../../components/Field';
import { errorText, messageText } from '../../components/messages';

export function AdviserSection({ current }: { current: Adviser | null }) {
  const { t } = useTranslation();
  const advisers = useQuery({ queryKey: keys.advisers, queryFn: () => call('advisers.list', {}) });
  const save = useSessionMutation((input: AdviserInput) => call('advisers.setCurrent', input));
  const { register, handleSubmit, reset, formState } = useForm<AdviserInput>({
    resolver: zodResolver(adviserInputSchema),
    values: { name: current?.name ?? '', initials: current?.initials ?? '' },
  });
  const choose = (adviser: Adviser) => {
    reset({ name: adviser.name, initials: adviser.initials });
    save.mutate({ name: adviser.name, initials: adviser.initials });
  };

  return (
    <section className="card" aria-labelledby="settings-adviser">
      <h2 id="settings-adviser">{t('settings.adviserHeading')}</h2>
      <p className="muted">{t('settings.adviserIntro')}</p>
      <form onSubmit={(event) => void handleSubmit((input) => save.mutate(input))(event)} noValidate>
        <div className="row">
          <Field
            label={t('create.adviserName')}
            autoComplete="name"
            error={messageText(t, formState.errors.name?.message)}
            {...register('name')}
          />
          <Field
            label={t('create.initials')}
            className="input--short"
            error={messageText(t, formState.errors.initials?.message)}
            {...register('initials')}
          />
        </div>
        <button type="submit" className="button button--primary" disabled={save.isPending}>
          {t('settings.saveAdviser')}
        </button>
      </form>
      {save.isSuccess && current && (
        <Alert kind="success">{t('settings.adviserSaved', { name: current.name, initials: current.initials })}</Alert>
      )}
      {save.error && <Alert kind="error">{errorText(t, save.error)}</Alert>}
      {advisers.data && advisers.data.length > 1 && (
        <>
          <h3>{t('settings.knownAdvisers')}</h3>
          <ul className="chips">
            {advisers.data.map((adviser) => (
              <li key={adviser.id}>
                <button
                  type="button"
                  className="chip"
                  aria-pressed={adviser.id === current?.id}
                  onClick={() => choose(adviser)}
                >
                  {adviser.name} ({adviser.initials})
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
