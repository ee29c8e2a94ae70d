export { PostmortemReview, PostmortemStatusChip } from './PostmortemReview';
export type { PostmortemReviewProps } from './PostmortemReview';
export {
  missingForReview,
  SECTIONS_NEEDED_FOR_REVIEW,
} from './reviewReadiness';
