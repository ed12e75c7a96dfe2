// PLACEHOLDER while the network issue is built; replaced by the real page.
export function ActionPage({ id }: { id: string }) {
  return <h1>ActionPage {String(id ?? '')}</h1>;
}
