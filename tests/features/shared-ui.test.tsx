import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useLayoutEffect, useState } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { ConfirmButton } from '../../src/components/ui/confirm-button';
import { DataTable } from '../../src/components/ui/data-table';
import { FoldedDetails } from '../../src/components/ui/folded-details';
import { SelectField, TextAreaField, TextField } from '../../src/components/ui/fields';
import { useRevealInSteps } from '../../src/components/ui/use-reveal-in-steps';

// The shared pieces in src/components/ui carry no words of their own: these tests pass plain strings.

function Controlled({ invalid = false }: { invalid?: boolean }) {
  const [value, setValue] = useState('');
  return (
    <>
      <p id="problem">Fill this in</p>
      <TextField label="Name" hint="Up to 5" maxLength={5} value={value} onChange={setValue} after={`${String(value.length)} of 5`} invalid={invalid} errorId={invalid ? 'problem' : undefined} />
    </>
  );
}

describe('shared form fields', () => {
  it('a text field is labelled, described by its error, hint and count, and stops at its limit', async () => {
    render(<Controlled invalid />);
    const field = screen.getByRole('textbox', { name: 'Name' });
    expect(field).toHaveAccessibleDescription('Fill this in Up to 5 0 of 5');
    expect(field).toHaveAttribute('aria-invalid', 'true');
    await userEvent.setup().type(field, 'abcdefg');
    expect(field).toHaveValue('abcde');
    expect(screen.getByText('5 of 5')).toBeInTheDocument();
  });

  it('a valid text field is not marked invalid', () => {
    render(<Controlled />);
    expect(screen.getByRole('textbox', { name: 'Name' })).not.toHaveAttribute('aria-invalid');
  });

  it('a text area and a select pass on what is typed or chosen', async () => {
    const onText = vi.fn();
    const onPick = vi.fn();
    render(
      <>
        <TextAreaField label="Note" rows={2} value="" onChange={onText} />
        <SelectField
          label="Pick"
          value="a"
          options={[
            { value: 'a', label: 'First' },
            { value: 'b', label: 'Second' },
          ]}
          onChange={onPick}
        />
      </>,
    );
    const user = userEvent.setup();
    await user.type(screen.getByRole('textbox', { name: 'Note' }), 'x');
    expect(onText).toHaveBeenCalledWith('x');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Pick' }), 'Second');
    expect(onPick).toHaveBeenCalledWith('b');
  });
});

describe('confirm button', () => {
  const props = { label: 'Delete', accessibleLabel: 'Delete record 1', question: 'Delete record 1?', confirmLabel: 'Yes, delete', cancelLabel: 'Keep it' };

  it('asks first; cancelling acts on nothing and puts focus back on the button', async () => {
    const onConfirm = vi.fn();
    render(<ConfirmButton {...props} onConfirm={onConfirm} />);
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Delete record 1' }));
    expect(screen.getByText('Delete record 1?')).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Keep it' }));
    expect(onConfirm).not.toHaveBeenCalled();
    expect(screen.getByRole('button', { name: 'Delete record 1' })).toHaveFocus();
  });

  it('acts once when confirmed by keyboard', async () => {
    const onConfirm = vi.fn();
    render(<ConfirmButton {...props} onConfirm={onConfirm} look="warning" />);
    const user = userEvent.setup();
    await user.tab();
    await user.keyboard('{Enter}');
    await user.tab();
    expect(screen.getByRole('button', { name: 'Yes, delete' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(onConfirm).toHaveBeenCalledTimes(1);
  });
});

describe('data table', () => {
  it('has its caption as its name and a column header per heading', () => {
    render(
      <DataTable caption="Records" captionHidden columns={['When', 'Stage']} className="t">
        <tr>
          <th scope="row">Today</th>
          <td>Development</td>
        </tr>
      </DataTable>,
    );
    const table = screen.getByRole('table', { name: 'Records' });
    expect(screen.getAllByRole('columnheader').map((cell) => cell.textContent)).toEqual(['When', 'Stage']);
    expect(table).toContainElement(screen.getByRole('rowheader', { name: 'Today' }));
  });
});

describe('useRevealInSteps', () => {
  function Parts({ total, log }: { total: number; log: number[] }) {
    const shown = useRevealInSteps(total);
    useLayoutEffect(() => {
      log.push(shown);
    });
    return (
      <ol>
        {Array.from({ length: shown }, (_, i) => (
          <li key={i}>part {i + 1}</li>
        ))}
      </ol>
    );
  }

  it('shows the parts one more per commit, each in its own render, until all are shown', async () => {
    const log: number[] = [];
    render(<Parts total={3} log={log} />);
    await screen.findByText('part 3');
    expect(screen.getAllByRole('listitem')).toHaveLength(3);
    // A commit per part: the browser gets its turn between them.
    expect(log).toEqual([0, 1, 2, 3]);
  });

  it('stops at the total, and follows a total that shrinks or grows', async () => {
    const log: number[] = [];
    const { rerender } = render(<Parts total={2} log={log} />);
    await screen.findByText('part 2');
    rerender(<Parts total={1} log={log} />);
    expect(screen.getAllByRole('listitem')).toHaveLength(1);
    rerender(<Parts total={4} log={log} />);
    await screen.findByText('part 4');
    expect(screen.getAllByRole('listitem')).toHaveLength(4);
    expect(Math.max(...log)).toBe(4);
  });
});

describe('FoldedDetails', () => {
  // jsdom has no requestIdleCallback, so the component mounts its contents at once there; these tests give it one
  // whose idle periods the test hands out.
  let idle: IdleRequestCallback[] = [];
  const runIdle = () => {
    act(() => {
      const next = idle.shift();
      next?.({ didTimeout: false, timeRemaining: () => 50 });
    });
  };
  beforeEach(() => {
    idle = [];
    vi.stubGlobal('requestIdleCallback', (callback: IdleRequestCallback) => idle.push(callback));
  });
  afterEach(() => {
    // A browser runs every idle callback it was asked for, and ends a print; the next test starts with neither.
    while (idle.length > 0) runIdle();
    window.dispatchEvent(new Event('afterprint'));
    vi.unstubAllGlobals();
  });

  const Folded = ({ name }: { name: string }) => (
    <FoldedDetails className="more" summary={`More on ${name}`} later={<p>Sources for {name}</p>}>
      <p id={`${name}-short`}>Short text on {name}</p>
    </FoldedDetails>
  );

  it('mounts the longer contents when opened, and keeps the short text there from the start', async () => {
    render(<Folded name="A" />);
    expect(screen.getByText('Short text on A', { selector: 'p' })).toBeInTheDocument();
    expect(screen.queryByText('Sources for A')).toBeNull();
    await userEvent.click(screen.getByText('More on A'));
    expect(await screen.findByText('Sources for A')).toBeVisible();
  });

  it('mounts folded parts one per idle period, in order', () => {
    render(
      <>
        <Folded name="A" />
        <Folded name="B" />
      </>,
    );
    expect(screen.queryByText('Sources for A')).toBeNull();
    runIdle();
    expect(screen.getByText('Sources for A')).toBeInTheDocument();
    expect(screen.queryByText('Sources for B')).toBeNull();
    runIdle();
    expect(screen.getByText('Sources for B')).toBeInTheDocument();
    expect(idle).toHaveLength(0);
  });

  it('mounts everything before printing, in the same turn, so the printed page has it', () => {
    render(
      <>
        <Folded name="A" />
        <Folded name="B" />
      </>,
    );
    window.dispatchEvent(new Event('beforeprint'));
    expect(screen.getByText('Sources for A')).toBeInTheDocument();
    expect(screen.getByText('Sources for B')).toBeInTheDocument();
  });

  it('mounts a folded part inside another one before printing too', () => {
    render(<FoldedDetails className="outer" summary="Outer" later={<Folded name="Inner" />} />);
    expect(screen.queryByText('Short text on Inner')).toBeNull();
    window.dispatchEvent(new Event('beforeprint'));
    expect(screen.getByText('Sources for Inner')).toBeInTheDocument();
  });

  it('forgets a folded part that leaves the page before its idle period', () => {
    const { unmount } = render(<Folded name="A" />);
    unmount();
    render(<Folded name="B" />);
    runIdle();
    expect(screen.getByText('Sources for B')).toBeInTheDocument();
  });
});
