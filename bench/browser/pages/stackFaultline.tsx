// Contender: Faultline's StackTraceView on a raw event with one long trace.
import { createRoot } from 'react-dom/client';
import { StackTraceView } from '../../../src';
import '../../../src/styles.css';
import { generateStackEvent } from './data';
import { benchSize, markWhenPainted, startHarness } from './harness';

const event = generateStackEvent(benchSize);
startHarness();
const start = performance.now();
createRoot(document.getElementById('root') as HTMLElement).render(<StackTraceView event={event} />);
markWhenPainted('mount', start, () => document.querySelector('.fl [data-index]') !== null);
