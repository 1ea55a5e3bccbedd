export * from './CodeFrame';
export * from './CopyButton';
export * from './KeyValueList';
export * from './LevelBadge';
export * from './ProblemsNotice';
export * from './RelativeTime';
export * from './SectionBoundary';
export * from './Sparkline';
