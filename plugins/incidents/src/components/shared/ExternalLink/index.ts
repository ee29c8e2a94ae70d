export { ExternalLink, OpensInNewTab } from './ExternalLink';
