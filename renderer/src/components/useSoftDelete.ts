import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { call } from '../api/client';
import { useInvalidateRecords } from '../api/domain';

/** The records with a reversible delete (a reason, a tombstone) and a restore. */
const SOFT_DELETE = {
  case: {
    remove: (id: string, reason: string) => call('cases.delete', { id, reason }),
    restore: (id: string) => call('cases.restore', { id }),
  },
  organisation: {
    remove: (id: string, reason: string) => call('organisations.delete', { id, reason }),
    restore: (id: string) => call('organisations.restore', { id }),
  },
  contactPerson: {
    remove: (id: string, reason: string) => call('contactPersons.delete', { id, reason }),
    restore: (id: string) => call('contactPersons.restore', { id }),
  },
  contactMoment: {
    remove: (id: string, reason: string) => call('contactMoments.delete', { id, reason }),
    restore: (id: string) => call('contactMoments.restore', { id }),
  },
  action: {
    remove: (id: string, reason: string) => call('actions.delete', { id, reason }),
    restore: (id: string) => call('actions.restore', { id }),
  },
} as const;

/**
 * Delete (with the reason dialog's state) and restore for one record page;
 * both refresh every list and page, since records link to each other.
 */
export function useSoftDelete(kind: keyof typeof SOFT_DELETE, id: string) {
  const invalidate = useInvalidateRecords();
  const [deleting, setDeleting] = useState(false);
  // The pages re-read the record after either; the returned record itself is not needed.
  const remove = useMutation<unknown, Error, string>({
    mutationFn: (reason: string) => SOFT_DELETE[kind].remove(id, reason),
    onSuccess: () => {
      invalidate();
      setDeleting(false);
    },
  });
  const restore = useMutation<unknown, Error, void>({ mutationFn: () => SOFT_DELETE[kind].restore(id), onSuccess: invalidate });
  return { deleting, setDeleting, remove, restore };
}
