/** Widgets every area uses: chips, form fields, pickers, pagination, links, sidebar items. */
export * from './CatalogEntityPicker';
export * from './DialogSubmitActions';
export * from './EntityRefList';
export * from './EntityRefsField';
export * from './ExternalLink';
export * from './FilterControls';
export * from './IncidentFilters';
export * from './IncidentMetricsSidebarItem';
export * from './IncidentsSidebarItem';
export * from './KeysetPagination';
export * from './KnownErrorsSidebarItem';
export * from './SafeMarkdown';
export * from './SeverityChip';
export * from './SeverityField';
export * from './StatusChip';
export * from './TableCard';
export * from './TimelineEntryRenderer';
