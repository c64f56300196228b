/** The six Ytel trigger events now live with the node (nodes/Ytel/trigger/events.ts); kept for the strategy tests. */
export { pollYtelEvent, YTEL_EVENTS, type YtelEvent, type YtelEventOptions, type YtelList } from '../../nodes/Ytel/trigger/events';
