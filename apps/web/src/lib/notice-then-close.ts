// How a dialog ends after a save: a green notice says what was saved, then the dialog closes.
import { notifications } from '@mantine/notifications';

/** A mutation's onSuccess for a dialog: show `message`, then `onClose`. */
export function noticeThenClose(message: string, onClose: () => void) {
  return () => {
    notifications.show({ color: 'teal', message });
    onClose();
  };
}
