// NIST AI RMF 1.0 (NIST AI 100-1): 4 functions, 19 categories (titles verbatim, US-government public domain),
// 72 subcategory ids. Subcategories carry their id as title: we ship ids only.
import type { Requirement } from './catalog.schema.ts';

const FUNCTIONS: [id: string, summary: string, categories: [title: string, subcategories: number][]][] = [
  [
    'GOVERN',
    'A culture of risk management runs through the organization.',
    [
      [
        'Policies, processes, procedures, and practices across the organization related to the mapping, measuring, and managing of AI risks are in place, transparent, and implemented effectively',
        7,
      ],
      [
        'Accountability structures are in place so that the appropriate teams and individuals are empowered, responsible, and trained for mapping, measuring, and managing AI risks',
        3,
      ],
      [
        'Workforce diversity, equity, inclusion, and accessibility processes are prioritized in the mapping, measuring, and managing of AI risks throughout the lifecycle',
        2,
      ],
      ['Organizational teams are committed to a culture that considers and communicates AI risk', 3],
      ['Processes are in place for robust engagement with relevant AI actors', 2],
      [
        'Policies and procedures are in place to address AI risks and benefits arising from third-party software and data and other supply chain issues',
        2,
      ],
    ],
  ],
  [
    'MAP',
    'Context is set so risks can be framed.',
    [
      ['Context is established and understood', 6],
      ['Categorization of the AI system is performed', 3],
      [
        'AI capabilities, targeted usage, goals, and expected benefits and costs compared with appropriate benchmarks are understood',
        5,
      ],
      [
        'Risks and benefits are mapped for all components of the AI system including third-party software and data',
        2,
      ],
      ['Impacts to individuals, groups, communities, organizations, and society are characterized', 2],
    ],
  ],
  [
    'MEASURE',
    'Risks are analysed, assessed and tracked.',
    [
      ['Appropriate methods and metrics are identified and applied', 3],
      ['AI systems are evaluated for trustworthy characteristics', 13],
      ['Mechanisms for tracking identified AI risks over time are in place', 3],
      ['Feedback about efficacy of measurement is gathered and assessed', 3],
    ],
  ],
  [
    'MANAGE',
    'Risks are prioritised and acted on.',
    [
      [
        'AI risks based on assessments and other analytical output from the MAP and MEASURE functions are prioritized, responded to, and managed',
        4,
      ],
      [
        'Strategies to maximize AI benefits and minimize negative impacts are planned, prepared, implemented, documented, and informed by input from relevant AI actors',
        4,
      ],
      ['AI risks and benefits from third-party entities are managed', 2],
      [
        'Risk treatments, including response and recovery, and communication plans for the identified and measured AI risks are documented and monitored regularly',
        3,
      ],
    ],
  ],
];

function build(): Requirement[] {
  const out: Requirement[] = [];
  for (const [fn, summary, categories] of FUNCTIONS) {
    out.push({
      ref: fn,
      title: fn.charAt(0) + fn.slice(1).toLowerCase(),
      kind: 'objective',
      parentRef: null,
      summary,
    });
    categories.forEach(([title, count], i) => {
      const cat = `${fn} ${i + 1}`;
      out.push({ ref: cat, title, kind: 'objective', parentRef: fn, summary: `Category ${i + 1} of ${fn}.` });
      for (let s = 1; s <= count; s++) {
        const ref = `${cat}.${s}`;
        out.push({
          ref,
          title: ref,
          kind: 'control',
          parentRef: cat,
          summary: `Subcategory ${s} of ${cat}.`,
        });
      }
    });
  }
  return out;
}

/** Functions, categories and subcategories of the AI RMF 1.0, in document order. */
export const NIST_AI_RMF_REQUIREMENTS: readonly Requirement[] = build();
