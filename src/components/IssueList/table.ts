import { columnOrderingFeature, columnVisibilityFeature, createColumnHelper, type ReactTable, tableFeatures } from '@tanstack/react-table';
import type { Issue } from '../../core/model';

/** The TanStack Table features the issue list uses: column visibility and order. */
export const issueTableFeatures = /* @__PURE__ */ tableFeatures({ columnVisibilityFeature, columnOrderingFeature });

/** Builds the TanStack column definitions of the issue list. */
export const issueColumnHelper = /* @__PURE__ */ createColumnHelper<typeof issueTableFeatures, Issue>();

/** The issue list's TanStack table. */
export type IssueTable = ReactTable<typeof issueTableFeatures, Issue>;
