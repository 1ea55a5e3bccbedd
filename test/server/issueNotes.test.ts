// @vitest-environment node
import { afterAll, describe, expect, it } from 'vitest';
import { createNote, deleteNote, listActivity, recordActivity, updateNote } from '../../server/activity';
import { openDatabase } from '../../server/db';
import { storeEvent } from '../../server/ingest';
import { DEFAULT_PROJECTS, ensureProjects } from '../../server/projects';
import { errorEvent, tempDataDir } from './helpers';

describe('notes belong to their author', () => {
  const data = tempDataDir();
  const db = openDatabase(data.dir);
  afterAll(() => {
    db.close();
    data.remove();
  });

  it('lets only the author edit or delete a note; others get 403 and the note stays', () => {
    ensureProjects(db, DEFAULT_PROJECTS, 'public');
    const { issueId } = storeEvent(db, 1, errorEvent('Error', 'notes', 'noted'));
    const theirs = recordActivity(db, issueId, 'note', '2', { text: 'someone else’s' });
    const mine = createNote(db, issueId, '1', 'mine');
    expect(() => updateNote(db, issueId, String(theirs), '1', 'edited')).toThrow(expect.objectContaining({ status: 403 }));
    expect(() => deleteNote(db, issueId, String(theirs), '1')).toThrow(expect.objectContaining({ status: 403 }));
    expect(() => updateNote(db, issueId + 1, String(mine.id), '1', 'elsewhere')).toThrow(expect.objectContaining({ status: 404 }));
    expect(updateNote(db, issueId, String(mine.id), '1', 'edited')).toMatchObject({ data: { text: 'edited' }, user: { id: '1', name: 'Local Developer' } });
    const texts = listActivity(db, issueId).map((entry) => (entry.data as { text?: string }).text);
    expect(texts).toEqual(['edited', 'someone else’s']);
  });
});
