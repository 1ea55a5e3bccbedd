export { type KeyValueListProps, type KeyValueRow, KeyValueList } from './KeyValueList';
export { ValueTree, type ValueTreeProps } from './ValueTree';
