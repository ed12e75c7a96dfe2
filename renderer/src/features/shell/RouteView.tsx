import type { SessionStatus } from '../../../../shared/contract/schemas';
import { CaseFormPage } from '../cases/CaseFormPage';
import { CasePage } from '../cases/CasePage';
import { CasesPage } from '../cases/CasesPage';
import { HomePage } from '../home/HomePage';
import { SettingsPage } from '../settings/SettingsPage';
import { SignalFormPage } from '../signals/SignalFormPage';
import { SignalPage } from '../signals/SignalPage';
import { SignalsPage } from '../signals/SignalsPage';
import { TriagePage } from '../signals/TriagePage';
import { useNavigation } from './navigation';

type Unlocked = Extract<SessionStatus, { state: 'unlocked' }>;

/** The page for the current route. Keys make a fresh page per record, so no state leaks between two signals. */
export function RouteView({ status }: { status: Unlocked }) {
  const { route, navigate } = useNavigation();
  const adviserId = status.adviser?.id ?? null;
  switch (route.name) {
    case 'home':
      return <HomePage status={status} onChooseAdviser={() => navigate({ name: 'settings' })} />;
    case 'settings':
      return <SettingsPage status={status} />;
    case 'signals':
      return <SignalsPage />;
    case 'triage':
      return <TriagePage />;
    case 'cases':
      return <CasesPage />;
    case 'signal':
      return <SignalPage key={route.id} id={route.id} />;
    case 'signalForm':
      return <SignalFormPage key={route.id ?? 'new'} id={route.id} adviserId={adviserId} />;
    case 'case':
      return <CasePage key={route.id} id={route.id} />;
    case 'caseForm':
      return <CaseFormPage key={route.id ?? `new-${route.signalIds?.join(',') ?? ''}`} id={route.id} signalIds={route.signalIds} adviserId={adviserId} />;
  }
}
