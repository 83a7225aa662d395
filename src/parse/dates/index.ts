export { findPublicationDate, type PublicationDateInput } from './publicationDate';
export { extractMentionedDates } from './mentionedDates';
export { LANDMARKS, ERA, matchLandmarks, publicationWindow, type Landmark } from './landmarks';
