// EU AI Act (Regulation (EU) 2024/1689) vocabulary: operator roles (Art. 3) and risk classes.
import { z } from 'zod';

/** Operator roles of Art. 3(3)–(8). */
export const OPERATOR_ROLES = [
  'provider',
  'deployer',
  'authorised_representative',
  'importer',
  'distributor',
  'product_manufacturer',
] as const;
/** An Art. 3 operator role. */
export const OperatorRoleSchema = z.enum(OPERATOR_ROLES);
export type OperatorRole = z.infer<typeof OperatorRoleSchema>;

/** Risk classes as the platform records them (the Act's tiers plus the GPAI track, out of scope and not yet assessed). */
export const RISK_CLASSES = [
  'prohibited',
  'high',
  'limited',
  'minimal',
  'gpai',
  'gpai_systemic',
  'out_of_scope',
  'unassessed',
] as const;
/** A risk class as stored on an AI system. */
export const RiskClassSchema = z.enum(RISK_CLASSES);
export type RiskClass = z.infer<typeof RiskClassSchema>;

/** Human labels for the risk classes. */
export const RISK_CLASS_LABEL: Record<RiskClass, string> = {
  prohibited: 'Prohibited (Art. 5)',
  high: 'High-risk (Art. 6)',
  limited: 'Transparency duties (Art. 50)',
  minimal: 'Minimal risk',
  gpai: 'General-purpose AI model (Art. 53)',
  gpai_systemic: 'GPAI model with systemic risk (Art. 55)',
  out_of_scope: 'Outside the AI Act',
  unassessed: 'Not yet assessed',
};

/** ISO/IEC 22989 §5.17 AI stakeholder roles an organization can hold for a system. */
export const ISO_AI_ROLES = [
  'ai_provider',
  'ai_producer',
  'ai_customer',
  'ai_partner',
  'ai_subject',
  'relevant_authority',
] as const;
/** An ISO/IEC 22989 AI role. */
export const IsoAiRoleSchema = z.enum(ISO_AI_ROLES);
export type IsoAiRole = z.infer<typeof IsoAiRoleSchema>;

/** Display names of the ISO/IEC 22989 roles. */
export const ISO_AI_ROLE_LABEL: Record<IsoAiRole, string> = {
  ai_provider: 'AI provider',
  ai_producer: 'AI producer',
  ai_customer: 'AI customer',
  ai_partner: 'AI partner',
  ai_subject: 'AI subject',
  relevant_authority: 'Relevant authority',
};

/** Display names of the EU AI Act operator roles. */
export const OPERATOR_ROLE_LABEL: Record<OperatorRole, string> = {
  provider: 'Provider',
  deployer: 'Deployer',
  authorised_representative: 'Authorised representative',
  importer: 'Importer',
  distributor: 'Distributor',
  product_manufacturer: 'Product manufacturer',
};
