export { type CodeFrameProps, type CodeLine, CodeFrame } from './CodeFrame';
