// A likelihood × consequence heatmap (CSS grid): each cell shows its level colour and how many risks sit there.
import { Box, Text, Title } from '@mantine/core';
import { cellCount, matrixCells, type RiskCellCount, type RiskCriteria } from '@openaims/core';
import { useTranslation } from 'react-i18next';
import { useCriteriaWords } from './criteria-words.ts';

/** Black or white text, whichever reads better on the band colour (WCAG AA contrast). */
function ink(hex: string): string {
  const [r, g, b] = [1, 3, 5]
    .map((i) => Number.parseInt(hex.slice(i, i + 2), 16) / 255)
    .map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
  const lum = 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
  return (lum + 0.05) / 0.05 > 1.05 / (lum + 0.05) ? '#000000' : '#ffffff';
}

export function RiskHeatmap(props: {
  title: string;
  criteria: RiskCriteria;
  /** Risks per cell, from the server's summary; without it the matrix shows levels only. */
  cells?: readonly RiskCellCount[];
}) {
  const { t } = useTranslation();
  const word = useCriteriaWords();
  const { criteria } = props;
  const cols = criteria.consequenceLabels.length;
  const cells = matrixCells(criteria);
  const count = (l: number, c: number) => (props.cells ? cellCount(props.cells, l, c) : 0);
  const levelOf = (l: number, c: number) =>
    cells.find((x) => x.likelihood === l && x.consequence === c)?.level ?? 'unrated';
  const colour = (key: string) => criteria.bands.find((b) => b.key === key)?.color ?? '#666666';
  const rows = [...criteria.likelihoodLabels.keys()].reverse();
  return (
    <Box component="figure" m={0} aria-label={t('risks.heatmap', { title: props.title })}>
      <Title order={3} size="h5" mb="xs">
        {props.title}
      </Title>
      <Box
        style={{ display: 'grid', gridTemplateColumns: `7rem repeat(${cols}, minmax(2.6rem, 1fr))`, gap: 2 }}
        role="table"
        aria-label={props.title}
      >
        {rows.map((li) => (
          <Box key={li} role="row" style={{ display: 'contents' }}>
            <Text role="rowheader" size="xs" ta="right" pr={4} style={{ alignSelf: 'center' }}>
              {word('likelihood', li, criteria.likelihoodLabels[li] ?? '')}
            </Text>
            {criteria.consequenceLabels.map((cl, ci) => {
              const n = count(li + 1, ci + 1);
              const level = levelOf(li + 1, ci + 1);
              return (
                <Box
                  key={cl}
                  role="cell"
                  aria-label={t('risks.heatmapCell', {
                    likelihood: word('likelihood', li, criteria.likelihoodLabels[li] ?? ''),
                    consequence: word('consequence', ci, cl),
                    count: n,
                    level,
                  })}
                  style={{
                    background: colour(level),
                    color: ink(colour(level)),
                    textAlign: 'center',
                    height: '2.2rem',
                    lineHeight: '2.2rem',
                    borderRadius: 3,
                    fontWeight: 700,
                  }}
                >
                  {n > 0 ? n : ''}
                </Box>
              );
            })}
          </Box>
        ))}
        <Box role="row" style={{ display: 'contents' }}>
          <Text role="rowheader" size="xs" ta="right" pr={4}>
            {t('risks.consequenceAxis')}
          </Text>
          {criteria.consequenceLabels.map((cl, ci) => (
            // A long label of the organization's own wraps inside its column instead of running into the next.
            <Text key={cl} role="columnheader" size="xs" ta="center" style={{ overflowWrap: 'anywhere' }}>
              {word('consequence', ci, cl)}
            </Text>
          ))}
        </Box>
      </Box>
    </Box>
  );
}
