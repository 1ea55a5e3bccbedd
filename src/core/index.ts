// Entry `faultline/schema`: types, normalizers and helpers. No React here.
export * from './alerts';
export * from './breadcrumbs';
export * from './contexts';
export * from './format';
export * from './integrations';
export * from './issues';
export * from './model';
export * from './normalize';
export * from './privacy';
export * from './report';
export * from './search';
export * from './stacktrace';
export * from './userAgent';
export * from './tagFacets';
export * from './eventChart';
