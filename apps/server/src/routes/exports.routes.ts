// `GET …/exports/{name}` (DESIGN §4): files for auditors and other tools, sent as downloads. Each name needs the
// read permission of the module it shows (EXPORT_PERMISSIONS in core), checked before anything is read.
import { createRoute, z } from '@hono/zod-openapi';
import { EXPORT_NAMES, EXPORT_PERMISSIONS } from '@openaims/core';
import { renderExport } from '@openaims/services';
import { errorResponses, fileResponse, OrgParams, pathParam } from '../http/openapi-helpers.ts';
import type { RouteFn } from '../http/route.ts';
import { sendFile } from '../http/send-file.ts';

const NameParams = OrgParams.extend({
  name: pathParam('name', 64, { example: 'soa.xlsx', description: `One of ${EXPORT_NAMES.join(', ')}` }),
});

const ExportQuery = z.object({
  assessmentId: z.string().max(64).optional().openapi({
    description: 'The impact assessment to export (required by impact-assessment.pdf and .xlsx)',
  }),
  auditId: z.string().max(64).optional().openapi({
    description:
      'The audit to export (required by audit-report.pdf, oscal-assessment-plan.json, oscal-assessment-results.json)',
  }),
  reviewId: z.string().max(64).optional().openapi({
    description: 'The management review whose minutes to export (required by management-review.pdf)',
  }),
  aiSystemId: z.string().max(64).optional().openapi({
    description: 'The AI system whose Annex IV documentation to export (required by annex-iv.pdf and .docx)',
  }),
  draft: z.enum(['true', 'false']).optional().openapi({
    description:
      'annex-iv.*: print the documentation marked DRAFT even while a required field is empty (otherwise 422)',
  }),
});

export function exportsRoutes(route: RouteFn): void {
  route.raw(
    { scope: 'org', permission: { param: 'name', what: 'export', byValue: EXPORT_PERMISSIONS } },
    createRoute({
      method: 'get',
      path: '/api/v1/orgs/{orgId}/exports/{name}',
      tags: ['exports'],
      summary:
        'Download an export (SoA as XLSX, CSV, PDF; OSCAL catalog, profile, SSP; risk register; one impact assessment)',
      request: { params: NameParams, query: ExportQuery },
      responses: {
        200: fileResponse('The file'),
        ...errorResponses,
      },
    }),
    async (c) => {
      const file = await renderExport(c.get('org'), c.req.valid('param').name, c.req.valid('query'));
      return sendFile({
        body: file.body as BodyInit,
        contentType: file.contentType,
        filename: file.filename,
      });
    },
  );
}
