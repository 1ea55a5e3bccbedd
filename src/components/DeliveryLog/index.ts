export { DeliveryLog, type DeliveryLogProps } from './DeliveryLog';
export { DeliveryLogRow, type DeliveryLogRowProps } from './DeliveryRow';
export { deliveryLogMessages } from './messages';
