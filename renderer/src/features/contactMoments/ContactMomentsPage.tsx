// PLACEHOLDER while the network issue is built; replaced by the real page.
export function ContactMomentsPage() {
  return <h1>ContactMomentsPage </h1>;
}
