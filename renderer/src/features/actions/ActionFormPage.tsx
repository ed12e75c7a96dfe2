// PLACEHOLDER while the network issue is built; replaced by the real page.
export function ActionFormPage({ id, signalId, caseId, contactMomentId, adviserId }: { id?: string; signalId?: string; caseId?: string; contactMomentId?: string; adviserId: string | null }) {
  return <h1>ActionFormPage {String(id ?? '')} {String(signalId ?? '')} {String(caseId ?? '')} {String(contactMomentId ?? '')} {String(adviserId ?? '')}</h1>;
}
