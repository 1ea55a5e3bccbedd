export { TrimNotice, type TrimNoticeProps } from './TrimNotice';
export { getServerTrims, type ServerTrims } from './serverTrims';
