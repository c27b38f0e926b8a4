// Renders a document's Markdown. Raw HTML is skipped, and react-markdown's default URL transform drops
// `javascript:` and similar links, so stored content cannot inject script into the page.
import { Typography } from '@mantine/core';
import Markdown, { type Components } from 'react-markdown';

// The page title is the only h1: a document's own headings start one level down.
const shifted: Components = {
  h1: ({ node: _n, ...p }) => <h2 {...p} />,
  h2: ({ node: _n, ...p }) => <h3 {...p} />,
  h3: ({ node: _n, ...p }) => <h4 {...p} />,
  h4: ({ node: _n, ...p }) => <h5 {...p} />,
  h5: ({ node: _n, ...p }) => <h6 {...p} />,
};

export function MarkdownView({ content }: { content: string }) {
  return (
    <Typography>
      <Markdown skipHtml components={shifted}>
        {content}
      </Markdown>
    </Typography>
  );
}
