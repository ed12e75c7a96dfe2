import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { applySessionStatus, keys } from '../../renderer/src/api/queries';
import type { SessionStatus } from '../../shared/contract/schemas';

const file = { path: '/data/casus.ess', name: 'casus.ess' };
const unlocked: SessionStatus = {
  state: 'unlocked',
  file,
  isDemo: false,
  adviser: null,
  autoLockMinutes: 10,
  readOnly: false,
};

/** A window's cache after some work: decrypted records, app preferences, and a finished mutation holding typed input. */
async function busyCache(): Promise<QueryClient> {
  const client = new QueryClient();
  applySessionStatus(client, unlocked);
  client.setQueryData(keys.preferences, { language: 'nl' });
  client.setQueryData(keys.recentFiles, [file]);
  client.setQueryData(keys.caseFileInfo, { path: file.path });
  client.setQueryData(['signals', 'list', {}], { rows: [{ title: 'Uniek gedecrypteerd signaal' }], total: 1 });
  client.setQueryData(['signal', 'abc'], { title: 'Uniek gedecrypteerd signaal' });
  await client
    .getMutationCache()
    .build(client, { mutationFn: async (input: { title: string }) => input })
    .execute({ title: 'Getypt maar nog geheim' });
  return client;
}

describe('locking the window forgets what was read from the case file', () => {
  it.each<SessionStatus>([
    { state: 'locked', file, isDemo: false },
    { state: 'locked', file, isDemo: false, warning: 'checkpointFailed' },
    { state: 'closed' },
  ])('on $state: only the app-level queries remain, no mutation, nothing decrypted', async (status) => {
    const client = await busyCache();
    expect(client.getQueryCache().getAll()).toHaveLength(6);
    expect(client.getMutationCache().getAll()).toHaveLength(1);

    applySessionStatus(client, status);

    const left = client.getQueryCache().getAll().map((query) => query.queryKey[0]);
    expect(left.sort()).toEqual(['preferences', 'recentFiles', 'session']);
    expect(client.getQueryData(keys.session)).toEqual(status);
    expect(client.getMutationCache().getAll()).toEqual([]);
    const everything = JSON.stringify(client.getQueryCache().getAll().map((query) => query.state.data));
    expect(everything).not.toContain('Uniek gedecrypteerd signaal');
  });

  it('staying unlocked keeps the data but still drops finished mutations (their input may hold a passphrase)', async () => {
    const client = await busyCache();
    applySessionStatus(client, { ...unlocked, autoLockMinutes: 20 });
    expect(client.getQueryData(['signal', 'abc'])).toEqual({ title: 'Uniek gedecrypteerd signaal' });
    expect(client.getMutationCache().getAll()).toEqual([]);
  });
});
