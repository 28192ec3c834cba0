// Adds jest-dom's matchers (toBeInTheDocument, toHaveAttribute, ...) to vitest's expect, with their types.
import '@testing-library/jest-dom/vitest';
