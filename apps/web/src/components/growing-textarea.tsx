// A text box for free text held in a component's state (a note, an answer, a conclusion): it grows with its text
// and hands the text itself to `onChange`, so the caller passes its setter.
import { Textarea, type TextareaProps } from '@mantine/core';

export function GrowingTextarea({
  onChange,
  ...props
}: Omit<TextareaProps, 'onChange' | 'autosize'> & { onChange: (text: string) => void }) {
  return <Textarea autosize {...props} onChange={(e) => onChange(e.currentTarget.value)} />;
}
