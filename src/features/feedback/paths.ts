/** Where a researcher takes the ethics office's review file back into an assessment. */
export const feedbackPath = '/review-feedback';
