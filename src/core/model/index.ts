export * from './activity';
export * from './breadcrumb';
// FILTERED stays internal: the normalizers and context rows read it, hosts get flags.
export { type Level, LEVELS, type MetaAnnotation, type MetaAnnotations, type Timestamp, type UnknownBag } from './common';
export * from './contexts';
export * from './event';
export * from './exception';
export * from './issue';
export * from './organization';
export * from './request';
export * from './result';
export * from './stacktrace';
export * from './thread';
