const BINARY_UNITS = ['B', 'KiB', 'MiB', 'GiB', 'TiB', 'PiB', 'EiB'] as const;

/**
 * Formats a byte count with binary units, as Sentry shows device memory and storage:
 * `512 B`, `1.5 KiB`, `23.5 GiB`. Non-finite input yields `undefined`.
 */
export function formatBytes(bytes: number, fractionDigits = 1): string | undefined {
  if (!Number.isFinite(bytes)) return undefined;
  const sign = bytes < 0 ? '-' : '';
  let size = Math.abs(bytes);
  let unit = 0;
  while (size >= 1024 && unit < BINARY_UNITS.length - 1) {
    size /= 1024;
    unit += 1;
  }
  // Whole bytes have no fraction; every larger unit keeps a fixed precision so columns line up.
  const amount = unit === 0 ? String(Math.round(size)) : size.toFixed(fractionDigits);
  return `${sign}${amount} ${BINARY_UNITS[unit]}`;
}

/** Formats a size given in megabytes (GPU memory) with binary units. */
export function formatMegabytes(megabytes: number): string | undefined {
  return formatBytes(megabytes * 1024 * 1024);
}

/** Formats how much of a total is free: `1.2 GiB free of 3.8 GiB`; either side may be missing. */
export function formatFreeOfTotal(free: number | undefined, total: number | undefined): string | undefined {
  const freeText = free === undefined ? undefined : formatBytes(free);
  const totalText = total === undefined ? undefined : formatBytes(total);
  if (freeText && totalText) return `${freeText} free of ${totalText}`;
  if (totalText) return totalText;
  if (freeText) return `${freeText} free`;
  return undefined;
}
