/** Postmortems and their action items: the incident's Postmortem tab, the Action items tabs of teams and entities. */
export * from './PostmortemTab';
export * from './PostmortemDocument';
export * from './PostmortemReview';
export * from './PostmortemSectionEditor';
export * from './PostmortemTimeline';
export * from './ActionItemDialog';
export * from './ActionItemsCard';
export * from './ActionItemsTab';
export * from './EntityTeamActionItemsContent';
export * from './EntityActionItemsContent';
export * from './CommentDialog';
