// Where a record is read in the app, by its kind (the API's singular type names); kinds without a page of their own
// open their register. Null for a kind the app has no page for.

/** The app path of one record. */
export function recordHref(orgId: string, type: string, id: string): string | null {
  const o = `/orgs/${orgId}`;
  const e = encodeURIComponent(id);
  switch (type) {
    case 'ai_system':
      return `${o}/ai-systems/${e}`;
    case 'model':
      return `${o}/models/${e}`;
    case 'dataset':
      return `${o}/datasets/${e}`;
    case 'supplier':
      return `${o}/suppliers/${e}`;
    case 'risk':
      return `${o}/risks/${e}`;
    case 'document':
      return `${o}/documents/${e}`;
    case 'evidence':
      return `${o}/evidence/${e}`;
    case 'nonconformity':
      return `${o}/nonconformities/${e}`;
    case 'objective':
      return `${o}/objectives/${e}`;
    case 'audit':
      return `${o}/audits/${e}`;
    case 'management_review':
      return `${o}/management-reviews/${e}`;
    case 'metric':
      return `${o}/monitoring/metrics/${e}`;
    case 'impact_assessment':
      return `${o}/impacts`;
    case 'incident':
      return `${o}/improvement`;
    case 'context_item':
      return `${o}/context`;
    case 'competence':
      return `${o}/people`;
    case 'finding':
    case 'task':
      return `${o}/audits`;
    case 'control':
    case 'soa':
      return `${o}/soa`;
    default:
      return null;
  }
}
