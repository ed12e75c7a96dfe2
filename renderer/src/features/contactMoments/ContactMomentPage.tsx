// PLACEHOLDER while the network issue is built; replaced by the real page.
export function ContactMomentPage({ id }: { id: string }) {
  return <h1>ContactMomentPage {String(id ?? '')}</h1>;
}
