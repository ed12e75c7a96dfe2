// PLACEHOLDER while the network issue is built; replaced by the real page.
export function ContactPersonFormPage({ id, organisationId }: { id?: string; organisationId?: string }) {
  return <h1>ContactPersonFormPage {String(id ?? '')} {String(organisationId ?? '')}</h1>;
}
