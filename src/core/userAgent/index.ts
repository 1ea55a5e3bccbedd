export { MAX_USER_AGENT_LENGTH, type ParsedUserAgent, parseUserAgent } from './parseUserAgent';
