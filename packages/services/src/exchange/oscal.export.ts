// OSCAL 1.1 exports (DESIGN §6): Annex A as a catalog (ids, titles, our summaries), the applicable controls as a
// profile, and a system-security-plan whose implemented-requirements carry status and justification.
import crypto from 'node:crypto';
import {
  ANNEX_A_CONTROLS,
  ANNEX_A_OBJECTIVES,
  CATALOG_VERSION,
  type ImplementationStatus,
  type Requirement,
} from '@openaims/core';
import type { SoaReport } from './soa-report.ts';

const OSCAL_VERSION = '1.1.3';
const NS = 'https://openaims.org/ns/oscal';

/** A stable name-based UUID (version 5 layout over SHA-256), so repeated exports keep their ids. */
export function stableUuid(...parts: string[]): string {
  const h = crypto.createHash('sha256').update(parts.join('\u0000')).digest('hex');
  const variant = ((Number.parseInt(h[16]!, 16) & 0x3) | 0x8).toString(16);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/** OSCAL control id of an Annex A ref: `A.6.2.4` → `a.6.2.4`. */
export const oscalControlId = (ref: string) => ref.toLowerCase();

function metadata(title: string, r: SoaReport, extra: Record<string, unknown> = {}) {
  return {
    title,
    'last-modified': r.generatedAt.toISOString(),
    version: r.approved ? `soa-${r.approved.number}` : 'draft',
    'oscal-version': OSCAL_VERSION,
    ...extra,
  };
}

/** What the catalog says of one requirement: its id, class, title, label and its summary as one prose part. */
function described(r: Requirement, cls: string, part: { name: string; suffix: string }) {
  const id = oscalControlId(r.ref);
  return {
    id,
    class: cls,
    title: r.title,
    props: [{ name: 'label', value: r.ref }],
    parts: [{ id: `${id}_${part.suffix}`, name: part.name, prose: r.summary }],
  };
}

function control(c: Requirement) {
  return described(c, 'iso-42001-annex-a', { name: 'statement', suffix: 'smt' });
}

function group(o: Requirement): Record<string, unknown> {
  const subgroups = ANNEX_A_OBJECTIVES.filter((g) => g.parentRef === o.ref);
  const controls = ANNEX_A_CONTROLS.filter((c) => c.parentRef === o.ref).map(control);
  return {
    ...described(o, 'annex-a-area', { name: 'objective', suffix: 'obj' }),
    ...(subgroups.length ? { groups: subgroups.map(group) } : {}),
    ...(controls.length ? { controls } : {}),
  };
}

/** Annex A as an OSCAL catalog: areas as groups, controls with ids, official short titles and our summaries. */
export function oscalCatalog(r: SoaReport) {
  return {
    catalog: {
      uuid: stableUuid('catalog', CATALOG_VERSION),
      metadata: metadata('ISO/IEC 42001:2023 Annex A — control ids, titles and OpenAIMS summaries', r, {
        version: CATALOG_VERSION,
        remarks: 'Titles are the official short titles; statements are OpenAIMS summaries, not ISO text.',
      }),
      groups: ANNEX_A_OBJECTIVES.filter((o) => o.parentRef === null).map(group),
    },
  };
}

/** The applicable controls of the SoA as an OSCAL profile importing the catalog export. */
export function oscalProfile(r: SoaReport) {
  const catalogResource = stableUuid('catalog-resource', r.organization.id);
  return {
    profile: {
      uuid: stableUuid('profile', r.organization.id, r.approved?.id ?? 'draft'),
      metadata: metadata(`${r.organization.name} — applicable ISO/IEC 42001 Annex A controls`, r),
      imports: [
        {
          href: `#${catalogResource}`,
          'include-controls': [
            { 'with-ids': r.entries.filter((e) => e.applicable).map((e) => oscalControlId(e.controlRef)) },
          ],
        },
      ],
      merge: { 'as-is': true },
      'back-matter': {
        resources: [
          {
            uuid: catalogResource,
            title: 'ISO/IEC 42001:2023 Annex A catalog',
            rlinks: [{ href: 'oscal-catalog.json', 'media-type': 'application/oscal.catalog+json' }],
          },
        ],
      },
    },
  };
}

/** The one role the SSP assigns, defined in its metadata.roles. */
const SSP_ROLE = 'aims-manager';

const OSCAL_STATE: Record<ImplementationStatus, string> = {
  not_started: 'planned',
  planned: 'planned',
  partial: 'partial',
  implemented: 'implemented',
};

/** The SoA as an OSCAL system-security-plan: one implemented-requirement per Annex A control. */
export function oscalSsp(r: SoaReport) {
  const org = r.organization;
  const component = stableUuid('component', org.id);
  const profileResource = stableUuid('profile-resource', org.id);
  return {
    'system-security-plan': {
      uuid: stableUuid('ssp', org.id, r.approved?.id ?? 'draft'),
      // Every role a user or party is given must be defined here (OSCAL's referential rule; schemas cannot see it).
      metadata: metadata(`${org.name} — AI management system (ISO/IEC 42001) Statement of Applicability`, r, {
        roles: [
          {
            id: SSP_ROLE,
            title: 'AIMS manager',
            description: 'Runs the AI management system (ISO/IEC 42001:2023 clause 5.3).',
          },
        ],
      }),
      'import-profile': { href: `#${profileResource}` },
      'system-characteristics': {
        'system-ids': [{ 'identifier-type': `${NS}/organization`, id: org.id }],
        'system-name': `${org.name} AI management system`,
        description:
          'The AI management system (AIMS) of the organization, as scoped under ISO/IEC 42001:2023 clause 4.3.',
        'system-information': {
          'information-types': [
            { title: 'AI management system records', description: 'Records and documents of the AIMS.' },
          ],
        },
        status: { state: 'operational' },
        'authorization-boundary': {
          description: 'The AIMS scope statement (ISO/IEC 42001:2023 clause 4.3).',
        },
      },
      'system-implementation': {
        users: [{ uuid: stableUuid('user', org.id), title: 'AIMS members', 'role-ids': [SSP_ROLE] }],
        components: [
          {
            uuid: component,
            type: 'this-system',
            title: `${org.name} AIMS`,
            description: 'The AI management system as a whole.',
            status: { state: 'operational' },
          },
        ],
      },
      'control-implementation': {
        description:
          'Statement of Applicability: each ISO/IEC 42001 Annex A control, applicable or excluded with justification, and its implementation status.',
        'implemented-requirements': r.entries.map((e) => ({
          uuid: stableUuid('req', org.id, e.controlRef),
          'control-id': oscalControlId(e.controlRef),
          props: [
            { name: 'label', value: e.controlRef },
            { name: 'applicable', ns: NS, value: e.applicable ? 'yes' : 'no' },
            { name: 'implementation-status', ns: NS, value: e.implementationStatus.replace('_', '-') },
          ],
          'by-components': [
            {
              'component-uuid': component,
              uuid: stableUuid('byc', org.id, e.controlRef),
              description:
                e.justification || (e.applicable ? 'Applicable; no reason recorded yet.' : 'Excluded.'),
              'implementation-status': {
                state: e.applicable ? OSCAL_STATE[e.implementationStatus] : 'not-applicable',
                ...(e.justification ? { remarks: e.justification } : {}),
              },
            },
          ],
          ...(e.justification ? { remarks: e.justification } : {}),
        })),
      },
      'back-matter': {
        resources: [
          {
            uuid: profileResource,
            title: 'Applicable controls profile',
            rlinks: [{ href: 'oscal-profile.json', 'media-type': 'application/oscal.profile+json' }],
          },
        ],
      },
    },
  };
}
