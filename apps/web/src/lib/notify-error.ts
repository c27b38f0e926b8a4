// A refused action the page has no field for (a status change, a close, a conversion): its message as a red notice.
import { notifications } from '@mantine/notifications';
import { errorMessage } from './errors.ts';

export function notifyError(e: unknown) {
  notifications.show({ color: 'red', message: errorMessage(e) });
}
