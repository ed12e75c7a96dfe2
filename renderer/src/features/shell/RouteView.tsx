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
import { OrganisationsPage } from '../organisations/OrganisationsPage';
import { OrganisationPage } from '../organisations/OrganisationPage';
import { OrganisationFormPage } from '../organisations/OrganisationFormPage';
import { ContactPersonsPage } from '../contactPersons/ContactPersonsPage';
import { ContactPersonPage } from '../contactPersons/ContactPersonPage';
import { ContactPersonFormPage } from '../contactPersons/ContactPersonFormPage';
import { ContactMomentsPage } from '../contactMoments/ContactMomentsPage';
import { ContactMomentPage } from '../contactMoments/ContactMomentPage';
import { ContactMomentFormPage } from '../contactMoments/ContactMomentFormPage';
import { ActionsPage } from '../actions/ActionsPage';
import { ActionPage } from '../actions/ActionPage';
import { ActionFormPage } from '../actions/ActionFormPage';
import { NetworkPage } from '../network/NetworkPage';
import { EarlyWarningPage } from '../earlyWarning/EarlyWarningPage';
import { MunicipalitiesPage } from '../network/MunicipalitiesPage';
import { MunicipalityPage } from '../network/MunicipalityPage';
import { BriefingsPage } from '../briefings/BriefingsPage';
import { BriefingComposerPage } from '../briefings/BriefingComposerPage';
import { BriefingPage } from '../briefings/BriefingPage';
import { ElectionsPage } from '../elections/ElectionsPage';
import { ElectionPage } from '../elections/ElectionPage';
import { ElectionFormPage } from '../elections/ElectionFormPage';
import { CampaignVisitFormPage } from '../elections/CampaignVisitFormPage';
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
    case 'earlyWarning':
      return <EarlyWarningPage readOnly={status.readOnly} />;
    case 'cases':
      return <CasesPage />;
    case 'signal':
      return <SignalPage key={route.id} id={route.id} />;
    case 'signalForm':
      return (
        <SignalFormPage
          key={route.id ?? `new-${route.contactMomentId ?? ''}`}
          id={route.id}
          contactMomentId={route.contactMomentId}
          adviserId={adviserId}
        />
      );
    case 'case':
      return <CasePage key={route.id} id={route.id} />;
    case 'contactMoments':
      return <ContactMomentsPage />;
    case 'contactMoment':
      return <ContactMomentPage key={route.id} id={route.id} />;
    case 'contactMomentForm':
      return <ContactMomentFormPage key={route.id ?? `new-${JSON.stringify(route.prefill ?? {})}`} id={route.id} prefill={route.prefill} adviserId={adviserId} />;
    case 'actions':
      return <ActionsPage key={route.view ?? 'all'} view={route.view} />;
    case 'action':
      return <ActionPage key={route.id} id={route.id} />;
    case 'actionForm':
      return (
        <ActionFormPage
          key={route.id ?? `new-${route.signalId ?? ''}-${route.caseId ?? ''}-${route.contactMomentId ?? ''}`}
          id={route.id}
          signalId={route.signalId}
          caseId={route.caseId}
          contactMomentId={route.contactMomentId}
          adviserId={adviserId}
        />
      );
    case 'network':
      return <NetworkPage />;
    case 'municipalities':
      return <MunicipalitiesPage />;
    case 'municipality':
      return <MunicipalityPage key={route.code} code={route.code} />;
    case 'organisations':
      return <OrganisationsPage />;
    case 'organisation':
      return <OrganisationPage key={route.id} id={route.id} />;
    case 'organisationForm':
      return <OrganisationFormPage key={route.id ?? 'new'} id={route.id} />;
    case 'contactPersons':
      return <ContactPersonsPage key={route.reviewDue ? 'review' : 'all'} reviewDue={route.reviewDue} />;
    case 'contactPerson':
      return <ContactPersonPage key={route.id} id={route.id} />;
    case 'contactPersonForm':
      return <ContactPersonFormPage key={route.id ?? `new-${route.organisationId ?? ''}`} id={route.id} organisationId={route.organisationId} />;
    case 'elections':
      return <ElectionsPage />;
    case 'election':
      return <ElectionPage key={route.id} id={route.id} />;
    case 'electionForm':
      return <ElectionFormPage key={route.id ?? 'new'} id={route.id} />;
    case 'campaignVisitForm':
      return <CampaignVisitFormPage key={route.id ?? `new-${route.electionId ?? ''}`} id={route.id} electionId={route.electionId} />;
    case 'briefings':
      return <BriefingsPage />;
    case 'briefing':
      return <BriefingPage key={route.id} id={route.id} />;
    case 'briefingNew':
      return (
        <BriefingComposerPage
          key={`new-${route.kind ?? ''}-${route.signalIds?.join(',') ?? ''}-${route.caseIds?.join(',') ?? ''}`}
          kind={route.kind}
          signalIds={route.signalIds}
          caseIds={route.caseIds}
        />
      );
    case 'caseForm':
      return <CaseFormPage key={route.id ?? `new-${route.signalIds?.join(',') ?? ''}`} id={route.id} signalIds={route.signalIds} adviserId={adviserId} />;
  }
}
