// The demo organization (issue 16): what asking for one takes and gives back.
import { z } from 'zod';

/** Body of `POST /demo-organizations` (and the CLI's flags): the organization's name, or the demo's own. */
export const CreateDemoOrganizationSchema = z
  .object({ name: z.string().trim().min(1).max(200).optional() })
  .strict();
export type CreateDemoOrganizationInput = z.input<typeof CreateDemoOrganizationSchema>;

/** The new demo organization's id (`aims demo --json` prints the same). */
export const DemoOrganizationSchema = z.object({ orgId: z.string() });
export type DemoOrganization = z.infer<typeof DemoOrganizationSchema>;
