// The bands of a criteria version as score ranges, and where the appetite lies (§6.1.1).
import { Badge, Group, Text } from '@mantine/core';
import { isWithinAppetite, matrixCells, type RiskCriteria } from '@openaims/core';

export function CriteriaLegend({ criteria }: { criteria: RiskCriteria }) {
  const max = criteria.likelihoodLabels.length * criteria.consequenceLabels.length;
  const bands = [...criteria.bands].sort((a, b) => a.minScore - b.minScore);
  const cells = matrixCells(criteria);
  const within = cells.filter((cell) => isWithinAppetite(criteria, cell.score)).length;
  return (
    <>
      <Group gap={6} mt="sm" aria-label="Level bands">
        {bands.map((b, i) => {
          const to = Math.min((bands[i + 1]?.minScore ?? max + 1) - 1, max);
          return (
            <Badge
              // biome-ignore lint/suspicious/noArrayIndexKey: keys may repeat while a person is still typing them
              key={`${b.key}-${i}`}
              variant="outline"
              color="dark"
              tt="none"
              leftSection={
                <span
                  aria-hidden
                  style={{
                    display: 'inline-block',
                    width: 10,
                    height: 10,
                    borderRadius: 2,
                    background: b.color,
                  }}
                />
              }
            >
              {b.label} {b.minScore === to ? b.minScore : `${b.minScore}–${to}`}
            </Badge>
          );
        })}
      </Group>
      <Text size="sm" mt="xs">
        Scores up to {criteria.appetite} are within appetite: {within} of {cells.length} cells of the{' '}
        {criteria.likelihoodLabels.length}×{criteria.consequenceLabels.length} matrix.
      </Text>
    </>
  );
}
