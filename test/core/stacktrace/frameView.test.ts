import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Frame } from '../../../src/core/model';
import { buildFrameView, createFrameViewBuilder, type FrameRow, type FrameViewRow, getCrashingFrameIndex } from '../../../src/core/stacktrace';
import { javaCausedByEvent, pythonChainedEvent, recursionFrames } from './sampleEvents';

const frameRows = (rows: FrameViewRow[]) => rows.filter((row): row is FrameRow => row.kind === 'frame');
const names = (rows: FrameViewRow[]) => rows.map((row) => (row.kind === 'frame' ? row.name.function : row.label));
const openAll = (rows: FrameViewRow[]) => new Set(rows.filter((row) => row.kind !== 'frame').map((row) => row.key));

const mixed: Frame[] = [
  { function: 'main', inApp: true },
  { function: 'lib1', inApp: false },
  { function: 'lib2', inApp: false },
  { function: 'handler', inApp: true },
  { function: 'lib3' },
];

describe('buildFrameView', () => {
  it('lists frames newest first by default and oldest first on request', () => {
    expect(names(buildFrameView({ frames: mixed }).rows)).toEqual(['lib3', 'handler', 'lib2', 'lib1', 'main']);
    expect(names(buildFrameView({ frames: mixed }, { order: 'oldest-first' }).rows)).toEqual([
      'main',
      'lib1',
      'lib2',
      'handler',
      'lib3',
    ]);
  });

  it('folds runs of non-app frames in appOnly mode, treating unknown as not app', () => {
    const view = buildFrameView({ frames: mixed }, { appOnly: true });
    expect(names(view.rows)).toEqual(['1 more frame', 'handler', '2 more frames', 'main']);
    expect(view.rows[2]).toMatchObject({ kind: 'folded', key: 'folded:1-2', frameCount: 2, expanded: false });
  });

  it('opens a folded group when its key is expanded, its frames following it', () => {
    const view = buildFrameView({ frames: mixed }, { appOnly: true, expanded: new Set(['folded:1-2']) });
    expect(names(view.rows)).toEqual(['1 more frame', 'handler', '2 more frames', 'lib2', 'lib1', 'main']);
    expect(view.rows[3]).toMatchObject({ level: 1, groupKey: 'folded:1-2' });
  });

  it('shows every frame in appOnly mode when no frame is in-app', () => {
    const frames: Frame[] = [{ function: 'a' }, { function: 'b', inApp: false }];
    const view = buildFrameView({ frames }, { appOnly: true });
    expect(names(view.rows)).toEqual(['b', 'a']);
    expect(view.hasInAppFrames).toBe(false);
  });

  it('expands the newest in-app frame by default, else the newest frame', () => {
    const view = buildFrameView({ frames: mixed });
    expect(view.crashingKey).toBe('frame:3');
    expect(frameRows(view.rows).filter((row) => row.expandedByDefault).map((row) => row.key)).toEqual(['frame:3']);
    expect(view.defaultExpandedKeys).toEqual(['frame:3']);
    const noApp = buildFrameView({ frames: [{ function: 'a' }, { function: 'b' }] });
    expect(noApp.crashingKey).toBe('frame:1');
  });

  it('picks the newest in-app Java frame as Sentry does, past library frames, and main only when alone', () => {
    // Sentry's stack trace expands the last in-app frame of the (oldest-first) list, else the last frame.
    const cause = javaCausedByEvent().exceptions[0]?.stacktrace?.frames ?? [];
    expect(cause[getCrashingFrameIndex(cause) ?? -1]?.function).toBe('start');
    const onlyMain: Frame[] = [{ function: 'main', inApp: true }, { function: 'run', inApp: false }, { function: 'bind0', inApp: false }];
    expect(getCrashingFrameIndex(onlyMain)).toBe(0);
  });

  it('takes frame expansion from the given set when there is one', () => {
    const view = buildFrameView({ frames: mixed }, { expanded: new Set(['frame:0']) });
    const open = frameRows(view.rows).filter((row) => row.expanded);
    expect(open.map((row) => row.key)).toEqual(['frame:0']);
  });

  it('numbers source lines and marks the executing line', () => {
    const frame = pythonChainedEvent().exceptions[2]?.stacktrace?.frames[1] as Frame;
    const [row] = frameRows(buildFrameView({ frames: [frame] }, { platform: 'python' }).rows);
    expect(row?.sourceLines).toEqual([
      { lineNo: 39, code: 'def load(uid):', crashing: false },
      { lineNo: 40, code: '    try:', crashing: false },
      { lineNo: 41, code: '        raise ValueError("cannot load user") from exc', crashing: true },
      { lineNo: 42, code: '    finally:', crashing: false },
    ]);
    expect(row?.variables).toEqual([
      { name: 'uid', value: 7 },
      { name: 'exc', value: "ConnectionError('refused')" },
    ]);
    expect(row?.name).toMatchObject({ function: 'load', filename: 'app/views.py', lineNo: 41, location: 'app/views.py:41' });
    expect(row?.platform).toBe('python');
  });

  it('names native frames by image and offset into the function', () => {
    const frame: Frame = {
      function: 'crash',
      package: '/Applications/Demo.app/Contents/MacOS/Demo',
      instructionAddr: '0x100000f20',
      symbolAddr: '0x100000f00',
    };
    const [row] = frameRows(buildFrameView({ frames: [frame] }).rows);
    expect(row?.name).toMatchObject({ image: 'Demo', instructionAddr: '0x100000f20', functionOffset: 32 });
  });

  it('folds recursion to one shown cycle and a row for the repeats', () => {
    const view = buildFrameView({ frames: recursionFrames(1000) });
    expect(names(view.rows)).toEqual(['fail', 'enter', 'visit', 'walk', 'these 3 frames repeated 1,000 times', 'parse', 'main']);
    expect(view.rows[4]).toMatchObject({ kind: 'recursion', cycleLength: 3, repeats: 1000, frameCount: 2997 });
    const oldestFirst = buildFrameView({ frames: recursionFrames(2) }, { order: 'oldest-first' });
    expect(names(oldestFirst.rows)).toEqual(['main', 'parse', 'these 3 frames repeated 2 times', 'walk', 'visit', 'enter', 'fail']);
  });

  it('shows the hidden cycles when the recursion row is expanded', () => {
    const collapsed = buildFrameView({ frames: recursionFrames(4) });
    const view = buildFrameView({ frames: recursionFrames(4) }, { expanded: openAll(collapsed.rows) });
    expect(frameRows(view.rows)).toHaveLength(recursionFrames(4).length);
    expect(view.rows.filter((row) => row.level === 1)).toHaveLength(9);
  });

  it('says "this frame" for a single repeated frame', () => {
    const frames: Frame[] = Array.from({ length: 5 }, () => ({ function: 'loop', filename: 'a.py', lineNo: 3 }));
    expect(names(buildFrameView({ frames }).rows)).toEqual(['loop', 'this frame repeated 5 times']);
  });

  it('does not take frames with nothing to compare for recursion', () => {
    const frames: Frame[] = [{}, {}, {}];
    expect(frameRows(buildFrameView({ frames }).rows)).toHaveLength(3);
  });

  it('builds a 10,000-frame recursive trace quickly', () => {
    const frames = recursionFrames(3333);
    const started = performance.now();
    const view = buildFrameView({ frames }, { appOnly: true });
    const elapsed = performance.now() - started;
    expect(view.frameCount).toBe(10_002);
    expect(view.rows.length).toBeLessThan(10);
    expect(elapsed).toBeLessThan(500);
  });

  it('accounts for every frame exactly once when every group is open', () => {
    const frameArb = fc.record(
      {
        function: fc.constantFrom('a', 'b', 'c'),
        lineNo: fc.constantFrom(1, 2),
        inApp: fc.constantFrom(true, false, undefined),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(
        fc.array(frameArb, { maxLength: 60 }),
        fc.boolean(),
        fc.constantFrom('newest-first' as const, 'oldest-first' as const),
        (frames, appOnly, order) => {
          let view = buildFrameView({ frames }, { appOnly, order });
          // Opening a group can reveal a recursion row nested in it; open until nothing new shows.
          for (let i = 0; i < 3; i++) view = buildFrameView({ frames }, { appOnly, order, expanded: openAll(view.rows) });
          const indexes = frameRows(view.rows).map((row) => row.index);
          expect([...indexes].sort((x, y) => x - y)).toEqual(frames.map((_, i) => i));
          expect(new Set(view.rows.map((row) => row.key)).size).toBe(view.rows.length);
        },
      ),
    );
  });

  it('a reused builder gives what a fresh build gives, whatever state came before', () => {
    const frameArb = fc.record({ function: fc.constantFrom('a', 'b'), inApp: fc.constantFrom(true, false, undefined) }, { requiredKeys: [] });
    const stateArb = fc.record({
      appOnly: fc.boolean(),
      order: fc.constantFrom('newest-first' as const, 'oldest-first' as const),
      open: fc.array(fc.nat(40), { maxLength: 6 }),
    });
    fc.assert(
      fc.property(fc.array(frameArb, { maxLength: 40 }), fc.array(stateArb, { minLength: 1, maxLength: 5 }), (frames, states) => {
        const build = createFrameViewBuilder({ frames });
        for (const { appOnly, order, open } of states) {
          // Open some rows of the fresh view: frames, groups and recursion runs alike.
          const keys = buildFrameView({ frames }, { appOnly, order }).rows.map((row) => row.key);
          const expanded = new Set(open.map((i) => keys[i % Math.max(1, keys.length)] ?? ''));
          expect(build({ appOnly, order, expanded })).toEqual(buildFrameView({ frames }, { appOnly, order, expanded }));
        }
      }),
    );
  });
});
