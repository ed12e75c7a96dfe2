// PLACEHOLDER while the network issue is built; replaced by the real page.
export function NetworkPage() {
  return <h1>NetworkPage </h1>;
}
