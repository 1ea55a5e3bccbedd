// The heap yardstick: a page that only builds and holds the raw data of one case (`?case=`),
// so a contender's heap divides by what the data alone costs.
import { generateApiIssues, generateCrumbEvent, generateStackEvent } from './data';
import { benchSize, startHarness } from './harness';

const state = startHarness();
const which = new URLSearchParams(window.location.search).get('case');
state.data = which === 'stack' ? generateStackEvent(benchSize) : which === 'crumbs' ? generateCrumbEvent(benchSize) : generateApiIssues(benchSize);
state.marks.mount = 0;
