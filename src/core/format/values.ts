/** Formats a flag the way Sentry's context panels do: `Yes` or `No`. */
export function formatYesNo(value: boolean): string {
  return value ? 'Yes' : 'No';
}

/** Formats a 0-100 level as a percentage with at most one decimal: `48%`, `12.5%`. */
export function formatPercent(value: number): string | undefined {
  if (!Number.isFinite(value)) return undefined;
  return `${Math.round(value * 10) / 10}%`;
}

/** Formats a frequency in MHz, switching to GHz from 1000: `800 MHz`, `2.4 GHz`. */
export function formatFrequency(megahertz: number): string | undefined {
  if (!Number.isFinite(megahertz)) return undefined;
  if (megahertz >= 1000) return `${Math.round(megahertz / 100) / 10} GHz`;
  return `${Math.round(megahertz)} MHz`;
}
