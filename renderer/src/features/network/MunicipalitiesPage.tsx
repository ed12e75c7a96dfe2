// PLACEHOLDER while the network issue is built; replaced by the real page.
export function MunicipalitiesPage() {
  return <h1>MunicipalitiesPage </h1>;
}
