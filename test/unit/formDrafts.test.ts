import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { applySessionStatus } from '../../renderer/src/api/queries';
import { draftKeys, draftTitleText } from '../../renderer/src/components/form/formDrafts';
import { saveDraftRequest } from '../../shared/contract/draftChannels';

describe('drafts in the window', () => {
  it('are forgotten on lock like everything else read from the case file', () => {
    const client = new QueryClient();
    const draft = { formKey: 'signal:new', title: "Nieuw signaal 'Geheim'", values: { title: 'Geheim' } };
    client.setQueryData(draftKeys.offer, [draft]);
    client.setQueryData(draftKeys.form('signal:new'), draft);
    applySessionStatus(client, { state: 'locked', file: { path: '/data/c.ess', name: 'c.ess' }, isDemo: false });
    expect(client.getQueryCache().findAll({ queryKey: draftKeys.all })).toEqual([]);
  });

  it('name the offer in one clean line the contract accepts, shortened with an ellipsis', () => {
    expect(draftTitleText('Twee\nregels\u202e en \u001b[2J  stuurtekens')).toBe('Twee regels en [2J stuurtekens');
    const long = draftTitleText('x'.repeat(300), 200);
    expect(long).toHaveLength(200);
    expect(long.endsWith('…')).toBe(true);
    expect(saveDraftRequest.safeParse({ formKey: 'signal:new', route: { name: 'signalForm' }, title: long, values: {} }).success).toBe(true);
  });
});
