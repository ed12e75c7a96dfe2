import type { ContactMomentPrefill } from '../shell/navigation';
// PLACEHOLDER while the network issue is built; replaced by the real page.
export function ContactMomentFormPage({ id, prefill, adviserId }: { id?: string; prefill?: ContactMomentPrefill; adviserId: string | null }) {
  return <h1>ContactMomentFormPage {String(id ?? '')} {String(prefill ?? '')} {String(adviserId ?? '')}</h1>;
}
