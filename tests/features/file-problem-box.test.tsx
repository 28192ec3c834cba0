import { render, screen, within } from '@testing-library/react';

import { FileProblemBox, IssueList, MAX_ISSUES_SHOWN } from '../../src/components/ui/file-problem-box';

const issues = (n: number) => Array.from({ length: n }, (_, i) => `issue ${String(i)}`);

describe('FileProblemBox', () => {
  it('is an alert named by its heading, at the level asked for, and takes focus', () => {
    render(
      <FileProblemBox problem="invalid" title="This file could not be read" headingLevel={3} message="Why">
        <p>Nothing was changed.</p>
      </FileProblemBox>,
    );
    const box = screen.getByRole('alert', { name: 'This file could not be read' });
    expect(box).toHaveFocus();
    expect(within(box).getByRole('heading', { level: 3 })).toHaveTextContent('This file could not be read');
    expect(box).toHaveTextContent('Why');
    expect(box).toHaveTextContent('Nothing was changed.');
  });

  it('uses a second-level heading unless told otherwise', () => {
    render(<FileProblemBox problem="not_json" title="Refused" message="Not JSON" />);
    expect(screen.getByRole('heading', { level: 2, name: 'Refused' })).toBeInTheDocument();
  });
});

describe('IssueList', () => {
  it(`lists at most ${String(MAX_ISSUES_SHOWN)} by default and counts the rest when asked`, () => {
    render(<IssueList issues={issues(MAX_ISSUES_SHOWN + 3)} render={(issue) => issue} more={(count) => `${String(count)} more`} />);
    const items = screen.getAllByRole('listitem');
    expect(items).toHaveLength(MAX_ISSUES_SHOWN + 1);
    expect(items[MAX_ISSUES_SHOWN - 1]).toHaveTextContent(`issue ${String(MAX_ISSUES_SHOWN - 1)}`);
    expect(items[MAX_ISSUES_SHOWN]).toHaveTextContent('3 more');
  });

  it('leaves the rest out silently without a count line, and lists all when they fit', () => {
    const { unmount } = render(<IssueList issues={issues(7)} max={5} render={(issue) => issue} />);
    expect(screen.getAllByRole('listitem')).toHaveLength(5);
    unmount();
    render(<IssueList issues={issues(5)} max={5} render={(issue) => issue} more={(count) => `${String(count)} more`} />);
    expect(screen.getAllByRole('listitem')).toHaveLength(5);
    expect(screen.queryByText(/more/u)).not.toBeInTheDocument();
  });
});
