// The values a new metric takes for the fields its create body may leave out, read from that body's schema so
// a form in a client starts from exactly what the API would store (§9.1).
import { CreateMetricSchema } from './monitoring.schema.ts';

/** Every defaulted field of `CreateMetricSchema` with its default; `name` and `direction` have none. */
export const METRIC_DEFAULTS = CreateMetricSchema.omit({ name: true, direction: true }).parse({});
export type MetricDefaults = typeof METRIC_DEFAULTS;
