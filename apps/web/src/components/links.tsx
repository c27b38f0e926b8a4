// Mantine components as type-checked router links (TanStack createLink), so `to` and `params` are validated.
import {
  Anchor,
  type AnchorProps,
  Button,
  type ButtonProps,
  NavLink,
  type NavLinkProps,
} from '@mantine/core';
import { createLink } from '@tanstack/react-router';
import { type AnchorHTMLAttributes, forwardRef } from 'react';

type Html = Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'color' | 'style'>;

const AnchorBase = forwardRef<HTMLAnchorElement, AnchorProps & Html>((props, ref) => (
  <Anchor ref={ref} {...props} />
));
const ButtonBase = forwardRef<HTMLAnchorElement, ButtonProps & Html>((props, ref) => (
  <Button component="a" ref={ref} {...props} />
));
const NavLinkBase = forwardRef<HTMLAnchorElement, NavLinkProps & Omit<Html, 'onChange'>>((props, ref) => (
  <NavLink component="a" ref={ref} {...props} />
));

/** A text link to a route. */
export const AnchorLink = createLink(AnchorBase);
/** A button that navigates to a route. */
export const ButtonLink = createLink(ButtonBase);
/** A navigation-bar entry that navigates to a route. */
export const NavLinkLink = createLink(NavLinkBase);
