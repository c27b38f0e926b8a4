// Renders a document's Markdown. Raw HTML is skipped, and react-markdown's default URL transform drops
// `javascript:` and similar links, so stored content cannot inject script into the page.
import { Typography } from '@mantine/core';
import Markdown from 'react-markdown';

export function MarkdownView({ content }: { content: string }) {
  return (
    <Typography>
      <Markdown skipHtml>{content}</Markdown>
    </Typography>
  );
}
