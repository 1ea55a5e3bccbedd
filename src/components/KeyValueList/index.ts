export { type KeyValueListProps, type KeyValueRow, KeyValueList } from './KeyValueList';
export { FilteredValue, type FilteredValueProps } from './FilteredValue';
export { MaskedValue, type MaskedValueProps } from './MaskedValue';
export { SecretText, type SecretTextProps } from './SecretText';
export { ValueTree, type ValueTreeProps } from './ValueTree';
