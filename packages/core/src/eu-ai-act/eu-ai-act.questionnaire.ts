// The guided questionnaire behind the classifier: one question per legal test, answers stored with the result.
import { z } from 'zod';

/** Art. 5(1)(a)–(h) prohibited practices, in the Act's order. */
export const PROHIBITED_PRACTICES = {
  a: 'Subliminal, manipulative or deceptive techniques that materially distort behaviour and cause significant harm',
  b: 'Exploits vulnerabilities due to age, disability or social or economic situation, causing significant harm',
  c: 'Social scoring leading to detrimental or unfavourable treatment out of context or disproportionate',
  d: "Predicts a person's risk of committing a crime solely from profiling or personality traits",
  e: 'Builds or expands facial-recognition databases by untargeted scraping of the internet or CCTV',
  f: 'Infers emotions in the workplace or in education (other than for medical or safety reasons)',
  g: 'Biometric categorisation inferring race, political opinions, union membership, religion, sex life or orientation',
  h: 'Real-time remote biometric identification in public spaces for law enforcement, outside the Art. 5(1)(h) exceptions',
} as const;
export type ProhibitedPractice = keyof typeof PROHIBITED_PRACTICES;

/** Annex III: the eight high-risk areas (Art. 6(2)). */
export const ANNEX_III_AREAS = {
  biometrics:
    '1. Biometrics (remote identification, categorisation by sensitive attributes, emotion recognition)',
  critical_infrastructure: '2. Critical infrastructure (safety components)',
  education: '3. Education and vocational training',
  employment: '4. Employment, workers management and access to self-employment',
  essential_services: '5. Access to essential private and public services and benefits',
  law_enforcement: '6. Law enforcement',
  migration: '7. Migration, asylum and border control management',
  justice_democracy: '8. Administration of justice and democratic processes',
} as const;
export type AnnexIIIArea = keyof typeof ANNEX_III_AREAS;

/** Art. 6(3) conditions under which an Annex III system is not high-risk. */
export const ARTICLE_6_3_CONDITIONS = {
  narrow_procedural_task: 'Performs a narrow procedural task (Art. 6(3)(a))',
  improves_completed_human_activity:
    'Improves the result of a previously completed human activity (Art. 6(3)(b))',
  detects_patterns_without_replacing_assessment:
    'Detects decision patterns without replacing or influencing the human assessment (Art. 6(3)(c))',
  preparatory_task: 'Performs a preparatory task to an Annex III assessment (Art. 6(3)(d))',
} as const;
export type Article63Condition = keyof typeof ARTICLE_6_3_CONDITIONS;

/** Art. 50 transparency cases. */
export const TRANSPARENCY_CASES = {
  interacts_with_people: 'Interacts directly with natural persons (Art. 50(1))',
  generates_synthetic_content: 'Generates synthetic audio, image, video or text (Art. 50(2))',
  emotion_recognition_or_biometric_categorisation:
    'Emotion recognition or biometric categorisation (Art. 50(3))',
  deep_fake: 'Generates or manipulates deep fakes (Art. 50(4))',
  public_interest_text: 'Generates or manipulates text published to inform the public (Art. 50(4))',
} as const;
export type TransparencyCase = keyof typeof TRANSPARENCY_CASES;

/** Art. 2 exclusions that take a system outside the Act. */
export const SCOPE_EXCLUSIONS = {
  military_defence: 'Exclusively military, defence or national-security purposes (Art. 2(3))',
  research_only: 'Solely scientific research and development (Art. 2(6))',
  personal_use: 'Purely personal, non-professional use by a natural person (Art. 2(10))',
} as const;
export type ScopeExclusion = keyof typeof SCOPE_EXCLUSIONS;

/**
 * The answer to a question that picks some of its options (the keys of its record of labels): each option named
 * at most once by count, none by default.
 */
function someOf<K extends string>(options: Record<K, string>) {
  const keys = Object.keys(options) as [K, ...K[]];
  return z.array(z.enum(keys)).max(keys.length).default([]);
}

/** Art. 51(2): training compute above which a GPAI model is presumed to have high-impact capabilities. */
export const SYSTEMIC_RISK_FLOP_THRESHOLD = 1e25;

/** The answers; every field defaults to "no", so a partial questionnaire is still a valid input. */
export const ClassificationAnswersSchema = z.object({
  /** Art. 3(1): a machine-based system inferring outputs with some autonomy. */
  isAiSystem: z.boolean().default(true),
  /** Art. 2(1): placed on the EU market, put into service or used in the EU, or output used in the EU. */
  euNexus: z.boolean().default(true),
  exclusions: someOf(SCOPE_EXCLUSIONS),
  prohibitedPractices: someOf(PROHIBITED_PRACTICES),
  /** Art. 6(1)(a): product, or safety component of a product, covered by Annex I harmonisation law. */
  annexIProduct: z.boolean().default(false),
  /** Art. 6(1)(b): that product needs a third-party conformity assessment. */
  annexIThirdPartyAssessment: z.boolean().default(false),
  annexIIIAreas: someOf(ANNEX_III_AREAS),
  /** Art. 6(3) last subparagraph: profiling of natural persons keeps an Annex III system high-risk. */
  profilesNaturalPersons: z.boolean().default(false),
  article63Conditions: someOf(ARTICLE_6_3_CONDITIONS),
  /** Art. 6(3) also requires that the system poses no significant risk of harm. */
  noSignificantRisk: z.boolean().default(false),
  transparencyCases: someOf(TRANSPARENCY_CASES),
  /** Art. 3(63): the entry is a general-purpose AI model rather than a system. */
  isGpaiModel: z.boolean().default(false),
  /** Cumulative training compute in FLOP, for the Art. 51(2) presumption. */
  trainingComputeFlop: z.number().nonnegative().max(1e40).optional(),
  /** Art. 51(1)(b): designated by the Commission as having systemic risk. */
  designatedSystemicRisk: z.boolean().default(false),
  /** Art. 27(1): deployer is a public body or provides public services (FRIA duty for Annex III systems). */
  deployerIsPublicBody: z.boolean().default(false),
});
export type ClassificationAnswers = z.infer<typeof ClassificationAnswersSchema>;
export type ClassificationAnswersInput = z.input<typeof ClassificationAnswersSchema>;
