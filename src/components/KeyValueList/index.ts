export { type KeyValueListProps, type KeyValueRow, KeyValueList } from './KeyValueList';
export { MaskedValue, type MaskedValueProps } from './MaskedValue';
export { ValueTree, type ValueTreeProps } from './ValueTree';
