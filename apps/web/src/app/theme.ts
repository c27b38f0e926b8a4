// The Mantine theme: system fonts only (the CSP allows no font CDNs), and colours that meet WCAG AA contrast.
import { Badge, type CSSVariablesResolver, createTheme, NavLink, Notification } from '@mantine/core';

export const theme = createTheme({
  primaryColor: 'indigo',
  // Shade 6 on white is 4.3:1; shade 7 passes AA (4.5:1) for normal text on filled buttons.
  primaryShade: { light: 7, dark: 7 },
  defaultRadius: 'md',
  cursorType: 'pointer',
  headings: { fontWeight: '650' },
  components: {
    // The close button of a toast is an icon: give it a name for screen readers.
    Notification: Notification.extend({
      defaultProps: { closeButtonProps: { 'aria-label': 'Dismiss notification' } },
    }),
    // The light variant's hover background drops indigo text below 4.5:1; filled keeps white on indigo 7.
    NavLink: NavLink.extend({ defaultProps: { variant: 'filled' } }),
    // A badge shows its whole word (issue 16: no "MISSI…"): it does not shrink below its label, so a table column
    // grows or a row wraps instead of cutting the status off.
    Badge: Badge.extend({
      styles: {
        root: { flexShrink: 0, maxWidth: 'none', overflow: 'visible' },
        label: { overflow: 'visible', textOverflow: 'clip' },
      },
    }),
  },
});

/**
 * Dimmed text in gray 7 (light) and gray 4 (dark): Mantine's default gray 6 is 3.3:1 on white. Field error
 * text and borders in red 8: the default red 6 is 3.3:1 on white.
 */
export const cssVariablesResolver: CSSVariablesResolver = (t) => ({
  variables: {},
  light: { '--mantine-color-dimmed': t.colors.gray[7], '--mantine-color-error': t.colors.red[8] },
  dark: { '--mantine-color-dimmed': t.colors.dark[1] },
});
