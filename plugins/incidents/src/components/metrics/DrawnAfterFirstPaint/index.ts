export { DrawnAfterFirstPaint } from './DrawnAfterFirstPaint';
