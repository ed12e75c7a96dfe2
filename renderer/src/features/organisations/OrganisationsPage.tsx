// PLACEHOLDER while the network issue is built; replaced by the real page.
export function OrganisationsPage() {
  return <h1>OrganisationsPage </h1>;
}
