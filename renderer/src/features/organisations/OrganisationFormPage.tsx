// PLACEHOLDER while the network issue is built; replaced by the real page.
export function OrganisationFormPage({ id }: { id?: string }) {
  return <h1>OrganisationFormPage {String(id ?? '')}</h1>;
}
