import { type ComponentPropsWithoutRef, forwardRef, type ReactNode } from 'react';
import type { BreadcrumbKind } from '../../core';

/** How each breadcrumb kind is named on screen, in chips and next to its icon. */
export const BREADCRUMB_KIND_LABELS: Readonly<Record<BreadcrumbKind, string>> = {
  navigation: 'Navigation',
  http: 'HTTP',
  ui: 'UI',
  console: 'Console',
  query: 'Query',
  error: 'Error',
  user: 'User',
  debug: 'Debug',
  transaction: 'Transaction',
  default: 'Default',
};

// Strokes only, in currentColor, so the marker's level colour reaches the glyph in every theme.
const PATHS: Readonly<Record<BreadcrumbKind, ReactNode>> = {
  navigation: <path d="M2.5 8h10M9 4.5 12.5 8 9 11.5" />,
  http: <path d="M2.5 5.5h10l-2.5-2.5M13.5 10.5h-10l2.5 2.5" />,
  ui: <path d="M4 2.5l8 5-3.5 1 2 4-1.5.8-2-4L4.5 12z" />,
  console: <path d="M2.5 4l4 4-4 4M8 12h5.5" />,
  query: (
    <>
      <ellipse cx="8" cy="4" rx="5" ry="2" />
      <path d="M3 4v8c0 1.1 2.2 2 5 2s5-.9 5-2V4M3 8c0 1.1 2.2 2 5 2s5-.9 5-2" />
    </>
  ),
  error: <path d="M8 2l6 11.5H2zM8 6.5v3M8 11.2v.6" />,
  user: (
    <>
      <circle cx="8" cy="5" r="2.5" />
      <path d="M3 14c0-2.8 2.2-4.5 5-4.5s5 1.7 5 4.5" />
    </>
  ),
  debug: (
    <>
      <rect x="5" y="5" width="6" height="8.5" rx="3" />
      <path d="M8 5V2.5M5 8.5H2M11 8.5h3M5.3 11.5H2.5M10.7 11.5h2.8M6 3.5l-1.5-1.5M10 3.5 11.5 2" />
    </>
  ),
  transaction: <path d="M9 1.5 3.5 9H8l-1 5.5L12.5 7H8z" />,
  default: <circle cx="8" cy="8" r="3" />,
};

/** Props of `BreadcrumbKindIcon`. */
export interface BreadcrumbKindIconProps extends Omit<ComponentPropsWithoutRef<'svg'>, 'children'> {
  /** The kind to draw. */
  kind: BreadcrumbKind;
}

/** A 16 px inline SVG for a breadcrumb kind; decorative, so the kind must also be shown as text. */
export const BreadcrumbKindIcon = /* @__PURE__ */ forwardRef<SVGSVGElement, BreadcrumbKindIconProps>(function BreadcrumbKindIcon({ kind, ...rest }: BreadcrumbKindIconProps, ref) {
  return (
    <svg
      aria-hidden="true"
      focusable="false"
      viewBox="0 0 16 16"
      width="16"
      height="16"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.5"
      strokeLinecap="round"
      strokeLinejoin="round"
      data-slot="kind-icon"
      {...rest}
      ref={ref}
    >
      {PATHS[kind] ?? PATHS.default}
    </svg>
  );
});
