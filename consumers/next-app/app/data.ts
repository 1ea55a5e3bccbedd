// The README quick start's page imports its sample data from here: Web API issues and an event
// as the Node SDK sent it.
export { event, issues } from '../shared/sample';
