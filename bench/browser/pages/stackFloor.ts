// The floor for StackTraceView: the raw frames, innermost first, in a bare-DOM scroller.
import { generateStackEvent } from './data';
import { cell, mountFloorList } from './floor';
import { benchSize, markWhenPainted, startHarness } from './harness';

interface RawFrame {
  function: string;
  filename: string;
  lineno: number;
  in_app: boolean;
}

const event = generateStackEvent(benchSize) as { exception: { values: { type: string; value: string; stacktrace: { frames: RawFrame[] } }[] } };
startHarness();
const start = performance.now();
const root = document.getElementById('root') as HTMLElement;
const [exception] = event.exception.values;
if (exception) {
  root.append(cell('h3', `${exception.type}: ${exception.value}`));
  const frames = exception.stacktrace.frames.slice().reverse();
  mountFloorList(root, frames, 36, 640, (frame) => {
    const row = document.createElement('div');
    row.append(cell('code', frame.function), cell('span', `${frame.filename}:${frame.lineno}`), cell('span', frame.in_app ? 'In app' : ''));
    return row;
  });
}
markWhenPainted('mount', start, () => document.querySelector('[data-floor-row]') !== null);
