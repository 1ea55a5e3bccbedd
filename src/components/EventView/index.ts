export { EventData, type EventDataProps } from './EventData';
export { EventHeader, type EventHeaderProps } from './EventHeader';
export { EventMessage, type EventMessageProps } from './EventMessage';
export { EventTags, type EventTagsProps } from './EventTags';
export { EVENT_VIEW_SECTIONS, EventView, type EventViewProps, type EventViewSection } from './EventView';
export { RawEventJson, type RawEventJsonProps } from './RawEventJson';
