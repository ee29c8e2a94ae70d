export { PostmortemReview, PostmortemStatusChip } from './PostmortemReview';
export type { PostmortemReviewProps } from './PostmortemReview';
