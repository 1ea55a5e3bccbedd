// Contender: Faultline's BreadcrumbTimeline on a raw event with many breadcrumbs.
import { createRoot } from 'react-dom/client';
import { BreadcrumbTimeline } from '../../../src';
import '../../../src/styles.css';
import { generateCrumbEvent } from './data';
import { benchSize, markWhenPainted, startHarness } from './harness';

const event = generateCrumbEvent(benchSize);
startHarness();
const start = performance.now();
createRoot(document.getElementById('root') as HTMLElement).render(<BreadcrumbTimeline event={event} />);
markWhenPainted('mount', start, () => document.querySelector('.fl [data-index]') !== null);
