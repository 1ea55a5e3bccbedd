import type { AlertCondition, AlertFilter, AlertRule } from '../../core/alerts';
import { alertWords } from './messages';

/** One condition in words: "an issue has more than 100 events in one hour". */
export function conditionWords(condition: AlertCondition): string {
  const interval = condition.interval === undefined ? '' : alertWords.intervals[condition.interval];
  if (condition.kind === 'first-seen') return alertWords.firstSeen;
  if (condition.kind === 'regression') return alertWords.regression;
  if (condition.kind === 'event-frequency') return alertWords.eventFrequency(condition.value ?? 0, interval);
  return alertWords.userFrequency(condition.value ?? 0, interval);
}

/** One filter in words: "the level is at least error". */
export function filterWords(filter: AlertFilter): string {
  if (filter.kind === 'level') return alertWords.levelFilter(alertWords.levelMatch[filter.match], alertWords.levels[filter.level]);
  const valueless = filter.match === 'is' || filter.match === 'ns';
  return alertWords.tagFilter(filter.key, alertWords.tagMatch[filter.match], valueless ? undefined : filter.value);
}

/** A rule's conditions and filters as one sentence, for lists and screen readers. */
export function describeRule(rule: Pick<AlertRule, 'conditions' | 'filters' | 'conditionMatch' | 'filterMatch'>): string {
  const conditions = rule.conditions.map(conditionWords);
  const head =
    conditions.length === 0 ? alertWords.everyEvent : `${alertWords.when[rule.conditionMatch]}${conditions.join(alertWords.conditionJoin[rule.conditionMatch])}`;
  if (rule.filters.length === 0) return head;
  const filters = rule.filters.map(filterWords).join(alertWords.conditionJoin[rule.filterMatch]);
  return `${head}, ${alertWords.filtersLead[rule.filterMatch]}${filters}`;
}
