import { type ComponentPropsWithoutRef, forwardRef, memo } from 'react';
import { type Frame, type FrameRow, getStackPlatformFamily } from '../../core';
import type { StackTraceRow, StackTraceState } from '../../hooks/useStackTrace';
import { CodeFrame, type CodeLine } from '../CodeFrame';
import { KeyValueList, type KeyValueRow } from '../KeyValueList';
import { cx } from '../cx';
import { safeHttpUrl } from '../../core/format/safeUrl';
import { stackTraceMessages } from './messages';

/** Returns a URL of the host's code browser for a frame; only `http:` / `https:` become links. */
export type GetSourceLink = (frame: Frame) => string | undefined | null;

/** The state and prop getters a row needs from `useStackTrace`. */
export type StackTraceRowState = Pick<StackTraceState, 'getRowProps' | 'getFrameToggleProps' | 'getFrameDetailsProps'>;

/** Props of `StackTraceFrame`. */
export interface StackTraceFrameProps extends Omit<ComponentPropsWithoutRef<'li'>, 'children'> {
  /** The row from `useStackTrace`: a frame, a folded group or a recursion row. */
  row: StackTraceRow;
  /** Prop getters from `useStackTrace`. */
  state: StackTraceRowState;
  /** Link of a frame to the host's code browser. */
  getSourceLink?: GetSourceLink;
}

const FILTERED = '[Filtered]';
const CLASS_FAMILIES = /* @__PURE__ */ new Set(['java', 'csharp']);

function FrameTitle({ row }: { row: FrameRow }) {
  const { name } = row;
  const offset = name.functionOffset === undefined ? '' : ` + ${name.functionOffset}`;
  const showModule = name.module !== undefined && name.module !== name.function;
  // Java and .NET name a method by its class, as their own traces print it: `pkg.Class.method`.
  // A blank name (`""`, spaces) is no name: it showed as a stray gap or glyph instead of `?`.
  const hasName = name.function !== undefined && name.function.trim() !== '';
  const classQualified = showModule && hasName && CLASS_FAMILIES.has(getStackPlatformFamily(row.platform));
  return (
    <>
      {name.image !== undefined && <span data-slot="frame-image">{name.image}</span>}
      {name.instructionAddr !== undefined && (
        <span data-slot="frame-address">
          {name.instructionAddr}
          {offset}
        </span>
      )}
      <span data-slot="frame-function">
        {classQualified && <span data-slot="frame-module">{name.module}.</span>}
        {hasName ? (
          name.function
        ) : (
          // Sentry's `?` for a frame without a function name (a top-level script, a stripped binary).
          <>
            <span aria-hidden="true">?</span>
            <span className="fl-visually-hidden">{stackTraceMessages.unknownFunction}</span>
          </>
        )}
      </span>
      {showModule && !classQualified && <span data-slot="frame-module">{name.module}</span>}
      {name.location !== undefined && <span data-slot="frame-location">{name.location}</span>}
      {row.inApp === true && <span data-slot="in-app-badge">in app</span>}
    </>
  );
}

function codeLines(row: FrameRow): CodeLine[] {
  const first = row.sourceLines[0]?.lineNo ?? 1;
  return row.sourceLines.map((line, i) => ({ number: line.lineNo ?? first + i, text: line.code, current: line.crashing }));
}

function variableRows(row: FrameRow): KeyValueRow[] {
  return row.variables.map((variable) => ({
    key: variable.name,
    label: variable.name,
    value: variable.value,
    scrubbed: variable.value === FILTERED ? true : undefined,
  }));
}

interface RowContentProps {
  row: StackTraceRow;
  state: StackTraceRowState;
  getSourceLink?: GetSourceLink;
}

// Memoized apart from the <li>: a row that only moved (its virtual offset changed) re-renders
// its <li>, not its title, source and variables; a toggle re-renders the toggled row alone.
const RowContent = /* @__PURE__ */ memo(function RowContent({ row, state, getSourceLink }: RowContentProps) {
  if (row.kind !== 'frame') {
    return (
      <button {...state.getFrameToggleProps(row)} className="fl-button" data-slot="group-toggle">
        {row.label}
      </button>
    );
  }
  const frameRow = row as StackTraceRow & FrameRow;
  const href = getSourceLink === undefined ? undefined : safeHttpUrl(getSourceLink(frameRow.frame));
  const title = <FrameTitle row={frameRow} />;
  return (
    <>
      <div data-slot="frame-header">
        {row.expandable ? (
          <button {...state.getFrameToggleProps(row)} data-slot="frame-toggle">
            {title}
          </button>
        ) : (
          <div data-slot="frame-title">{title}</div>
        )}
        {href !== undefined && (
          <a href={href} target="_blank" rel="noopener noreferrer" data-slot="source-link">
            Open source<span className="fl-visually-hidden"> of {frameRow.name.function ?? 'frame'}</span>
          </a>
        )}
      </div>
      {row.expandable && row.expanded && (
        <div {...state.getFrameDetailsProps(row)} data-slot="frame-details">
          {frameRow.sourceLines.length > 0 && (
            <CodeFrame lines={codeLines(frameRow)} label={`Source of ${frameRow.name.location ?? frameRow.name.function ?? 'frame'}`} />
          )}
          {frameRow.variables.length > 0 && (
            <div data-slot="frame-variables">
              <p data-slot="variables-title">Local variables</p>
              <KeyValueList rows={variableRows(frameRow)} />
            </div>
          )}
        </div>
      )}
    </>
  );
});

/**
 * One row of a stack trace: a frame with its name parts, in-app emphasis and, when open, its
 * source (`CodeFrame`) and local variables (`KeyValueList`); or a folded group / recursion row.
 */
export const StackTraceFrame = /* @__PURE__ */ forwardRef<HTMLLIElement, StackTraceFrameProps>(function StackTraceFrame({ row, state, getSourceLink, className, ...rest }: StackTraceFrameProps, ref) {
  return (
    <li
      {...rest}
      {...state.getRowProps(row)}
      ref={ref}
      className={cx('fl-st-row', className)}
      data-slot={row.kind === 'frame' ? 'frame' : 'group'}
    >
      <RowContent row={row} state={state} getSourceLink={getSourceLink} />
    </li>
  );
});
