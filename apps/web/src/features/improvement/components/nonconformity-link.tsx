// A link to one nonconformity's page (§10.2), from the records that raise one: an audit finding, a monitoring
// alert, a converted concern.
import type { ReactNode } from 'react';
import { AnchorLink } from '../../../components/links.tsx';

export function NonconformityLink(props: { orgId: string; id: string; children: ReactNode }) {
  return (
    <AnchorLink to="/orgs/$orgId/nonconformities/$id" params={{ orgId: props.orgId, id: props.id }} size="sm">
      {props.children}
    </AnchorLink>
  );
}
