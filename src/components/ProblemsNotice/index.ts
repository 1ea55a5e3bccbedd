export { ProblemsNotice, type ProblemsNoticeProps } from './ProblemsNotice';
