// PLACEHOLDER while the network issue is built; replaced by the real page.
export function MunicipalityPage({ code }: { code: string }) {
  return <h1>MunicipalityPage {String(code ?? '')}</h1>;
}
