// The issue event chart's model: buckets from an issue's stats and the releases in the period.
export { bucketLengthOf, type EventChartBucket, type EventChartMarker, type EventChartModel, getEventChartModel } from './eventChartModel';
