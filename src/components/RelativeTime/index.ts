export { formatExactTime, RelativeTime, type RelativeTimeProps } from './RelativeTime';
