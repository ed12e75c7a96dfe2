import type { ActionView } from '../../../../shared/domain/followUpAction';
// PLACEHOLDER while the network issue is built; replaced by the real page.
export function ActionsPage({ view }: { view?: ActionView }) {
  return <h1>ActionsPage {String(view ?? '')}</h1>;
}
