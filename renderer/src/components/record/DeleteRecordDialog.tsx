import { useTranslation } from 'react-i18next';
import { ReasonDialog } from '../ReasonDialog';
import type { useSoftDelete } from '../useSoftDelete';

interface DeleteRecordDialogProps {
  softDelete: ReturnType<typeof useSoftDelete>;
  title: string;
  intro: string;
}

/** The reason dialog of a record's "Verwijderen", open while the page asks for it. */
export function DeleteRecordDialog({ softDelete, title, intro }: DeleteRecordDialogProps) {
  const { t } = useTranslation();
  const { deleting, setDeleting, remove } = softDelete;
  if (!deleting) return null;
  return (
    <ReasonDialog
      title={title}
      intro={intro}
      label={t('delete.reason')}
      submitLabel={t('delete.submit')}
      onSubmit={(reason) => remove.mutate(reason)}
      onClose={() => setDeleting(false)}
      busy={remove.isPending}
      error={remove.error}
    />
  );
}
