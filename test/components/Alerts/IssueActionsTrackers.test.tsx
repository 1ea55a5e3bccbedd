import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { IssueActions } from '../../../src/components/IssueActions';
import { normalizeEvent } from '../../../src/core';
import type { TrackerRequest } from '../../../src/core/integrations';
import pythonEvent from '../../fixtures/events/sentry/python-http-error.json';

const event = normalizeEvent(pythonEvent).value;
const trackers = { azureDevOps: { organization: 'acme', project: 'shop' }, trello: { listId: 'list1' }, github: { owner: 'acme', repo: 'shop' } };

afterEach(() => vi.restoreAllMocks());
vi.setConfig({ testTimeout: 30_000 });

const itemNames = () => screen.getAllByRole('menuitem').map((item) => item.textContent);

describe('IssueActions with configured trackers', () => {
  it('lists link trackers, and REST ones only when the host can send the call', async () => {
    const user = userEvent.setup();
    const { rerender } = render(<IssueActions event={event} trackers={trackers} />);
    await user.click(screen.getByRole('button', { name: 'Actions' }));
    expect(itemNames()).toEqual(['Copy as Markdown', 'Copy as plain text', 'Create GitHub issue', 'Create Azure DevOps issue']);
    await user.keyboard('{Escape}');
    rerender(<IssueActions event={event} trackers={trackers} onTrackerRequest={vi.fn()} />);
    await user.click(screen.getByRole('button', { name: 'Actions' }));
    expect(itemNames()).toContain('Create Trello issue');
  });

  it('opens Azure DevOps pre-filled and hands the Trello call to the host', async () => {
    const user = userEvent.setup();
    const open = vi.spyOn(window, 'open').mockReturnValue(null);
    const onTrackerRequest = vi.fn(async (_request: TrackerRequest) => {});
    render(<IssueActions event={event} trackers={trackers} onTrackerRequest={onTrackerRequest} />);
    await user.click(screen.getByRole('button', { name: 'Actions' }));
    await user.click(screen.getByRole('menuitem', { name: 'Create Azure DevOps issue' }));
    expect(open).toHaveBeenCalledWith(expect.stringMatching(/^https:\/\/dev\.azure\.com\/acme\/shop\/_workitems\/create\/Bug\?/), '_blank', 'noopener,noreferrer');
    await user.click(screen.getByRole('button', { name: 'Actions' }));
    await user.click(screen.getByRole('menuitem', { name: 'Create Trello issue' }));
    expect(onTrackerRequest).toHaveBeenCalledWith(expect.objectContaining({ provider: 'trello', url: 'https://api.trello.com/1/cards' }));
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Created the Trello issue'));
  });
});
