export { incidentsPlugin as default } from './plugin';
