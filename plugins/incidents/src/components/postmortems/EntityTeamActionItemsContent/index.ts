export { EntityTeamActionItemsContent } from './EntityTeamActionItemsContent';
