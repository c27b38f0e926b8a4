// One titled section of a document shown on a page (an Annex IV section, a published transparency field): a bordered
// section named by its heading, so that screen readers list it among the page's regions.
import { type MantineSpacing, Paper, Title, type TitleProps } from '@mantine/core';
import type { ReactNode } from 'react';

export function SectionPaper(props: {
  /** The heading's id, unique on the page. */
  id: string;
  title: ReactNode;
  titleSize: TitleProps['size'];
  titleMb: MantineSpacing | number;
  children: ReactNode;
}) {
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby={props.id}>
      <Title order={2} size={props.titleSize} id={props.id} mb={props.titleMb}>
        {props.title}
      </Title>
      {props.children}
    </Paper>
  );
}
