// Entry `faultline/schema`: types, normalizers and helpers. No React here.
export * from './model';
