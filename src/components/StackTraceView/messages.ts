/** User-visible strings of StackTraceView added for issues 12 and 14 (English defaults, for the i18n catalog). */
export const stackTraceMessages = {
  /** Read by screen readers for a frame without a function name, shown as Sentry's `?`. */
  unknownFunction: 'unknown function',
  /** Under the heading of a trace the SDK made up (`mechanism.synthetic`), e.g. for `captureMessage`. */
  syntheticNote: 'Stack trace captured by the SDK where the message was recorded; no error was thrown.',
  /** The heading of a synthetic trace that carries no message. */
  syntheticTitle: 'Captured stack trace',
};
