import { type CSSProperties, useLayoutEffect, useRef, useState } from 'react';
import { type ThemeToken, themeTokens } from '../../src';

const isColor = (value: string) => /^(#|rgb|hsl|oklch|color\()/i.test(value.trim());

const swatch = (name: string): CSSProperties => ({
  display: 'inline-block',
  width: '1.25rem',
  height: '1.25rem',
  borderRadius: 'var(--fl-radius-1)',
  border: '1px solid var(--fl-color-border)',
  background: `var(${name})`,
  verticalAlign: 'middle',
});

/** Reads each token's computed value inside the surface it is rendered in. */
function useComputedTokens(tokens: readonly ThemeToken[]) {
  const ref = useRef<HTMLTableElement>(null);
  const [values, setValues] = useState<Record<string, string>>({});
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const style = getComputedStyle(element);
    setValues(Object.fromEntries(tokens.map((t) => [t.name, style.getPropertyValue(t.name).trim()])));
  }, [tokens]);
  return { ref, values };
}

/** Every `--fl-*` token with its live value in the current theme. */
export function TokenTable({ tokens = themeTokens }: { tokens?: readonly ThemeToken[] }) {
  const { ref, values } = useComputedTokens(tokens);
  return (
    <table ref={ref} className="fl" style={{ borderCollapse: 'collapse', width: '100%' }}>
      <caption style={{ textAlign: 'start', fontWeight: 600, padding: '0.5rem 0' }}>
        Faultline design tokens ({tokens.length})
      </caption>
      <thead>
        <tr>
          {['Token', 'Group', 'Preview', 'Value in this theme', 'What it styles'].map((h) => (
            <th key={h} scope="col" style={{ textAlign: 'start', borderBottom: '1px solid var(--fl-color-border)' }}>
              {h}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {tokens.map((t) => {
          const value = values[t.name] ?? '';
          return (
            <tr key={t.name} data-token={t.name}>
              <td style={{ fontFamily: 'var(--fl-font-mono)' }}>{t.name}</td>
              <td>{t.group}</td>
              <td>{isColor(value) ? <span aria-hidden="true" style={swatch(t.name)} /> : null}</td>
              <td style={{ fontFamily: 'var(--fl-font-mono)' }} data-slot="value">
                {value}
              </td>
              <td>{t.description}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
