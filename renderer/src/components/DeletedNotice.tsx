import type { UseMutationResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { Alert } from './Alert';
import { ErrorAlert } from './ErrorAlert';

interface DeletedNoticeProps {
  /** Set only for a deleted record; nothing shows otherwise (except a failed restore). */
  deleted: boolean;
  /** When and why it was deleted, in the page's own words. */
  message: ReactNode;
  restoreLabel: string;
  restore: UseMutationResult<unknown, Error, void>;
}

/** The banner of a soft-deleted record, with its restore button and what went wrong restoring it. */
export function DeletedNotice({ deleted, message, restoreLabel, restore }: DeletedNoticeProps) {
  return (
    <>
      {deleted && (
        <Alert kind="warning">
          {message}
          <button type="button" className="button button--small" disabled={restore.isPending} onClick={() => restore.mutate()}>
            {restoreLabel}
          </button>
        </Alert>
      )}
      <ErrorAlert error={restore.error} />
    </>
  );
}
