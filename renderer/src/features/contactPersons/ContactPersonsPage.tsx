// PLACEHOLDER while the network issue is built; replaced by the real page.
export function ContactPersonsPage({ reviewDue }: { reviewDue?: boolean }) {
  return <h1>ContactPersonsPage {String(reviewDue ?? '')}</h1>;
}
