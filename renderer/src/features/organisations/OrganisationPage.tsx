// PLACEHOLDER while the network issue is built; replaced by the real page.
export function OrganisationPage({ id }: { id: string }) {
  return <h1>OrganisationPage {String(id ?? '')}</h1>;
}
