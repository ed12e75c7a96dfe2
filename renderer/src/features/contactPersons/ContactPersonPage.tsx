// PLACEHOLDER while the network issue is built; replaced by the real page.
export function ContactPersonPage({ id }: { id: string }) {
  return <h1>ContactPersonPage {String(id ?? '')}</h1>;
}
