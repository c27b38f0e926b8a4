// Text a person wrote (a description, a message, an answer), shown small and with its line breaks kept.
import { Text, type TextProps } from '@mantine/core';
import type { ReactNode } from 'react';

export function MultilineText({ children, ...props }: TextProps & { children: ReactNode }) {
  return (
    <Text size="sm" style={{ whiteSpace: 'pre-wrap' }} {...props}>
      {children}
    </Text>
  );
}
