import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { AlertRuleEditor } from '../../src/components/AlertRuleEditor';
import { type AlertRule, normalizeAlertRule } from '../../src/core/alerts';
import { useAlertRule } from '../../src/hooks/alerts';
import { sampleRules } from './alertSamples';
import { createFakeAlertApi } from './fakeAlertApi';

/** The editor over the hook, against an in-memory server. */
function EditorDemo({ rule }: { rule?: AlertRule }) {
  const api = createFakeAlertApi({ rules: sampleRules });
  const editor = useAlertRule({ client: api.client, organization: 'acme', project: 'web', rule });
  return <AlertRuleEditor editor={editor} environments={['production', 'staging']} onCancel={() => {}} />;
}

const meta = {
  title: 'Alerts/AlertRuleEditor',
  component: EditorDemo,
} satisfies Meta<typeof EditorDemo>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Save an empty form: errors appear under their fields, focus on the first; then fill it by keyboard. */
const keyboardWalk: Story['play'] = async ({ canvasElement }) => {
  const canvas = within(canvasElement);
  await userEvent.click(canvas.getByRole('button', { name: 'Save rule' }));
  const name = canvas.getByRole('textbox', { name: 'Rule name' });
  await waitFor(() => expect(name).toHaveFocus());
  await expect(name).toHaveAccessibleDescription('Give the rule a name.');
  await userEvent.keyboard('New errors');
  await userEvent.tab();
  await expect(canvas.getByRole('checkbox', { name: 'Active' })).toHaveFocus();
  await userEvent.tab();
  await expect(canvas.getByRole('combobox', { name: 'Conditions that must hold' })).toHaveFocus();
  await userEvent.click(canvas.getByRole('button', { name: 'Add an action' }));
  await expect(canvas.getByRole('combobox', { name: 'Receiver of action 1' })).toBeVisible();
};

/** A new rule, light, with the keyboard walk. */
export const NewLight: Story = { globals: { theme: 'light' }, play: keyboardWalk };
/** A new rule, dark. */
export const NewDark: Story = { globals: { theme: 'dark' }, play: keyboardWalk };
/** Editing a saved rule: secrets show as "Saved", never in clear. */
export const Existing: Story = { globals: { theme: 'light' }, args: { rule: normalizeAlertRule(sampleRules[1]).value } };
/** Editing, dark. */
export const ExistingDark: Story = { ...Existing, globals: { theme: 'dark' } };
/** At 390 px. */
export const Narrow: Story = { globals: { theme: 'light' }, args: { rule: normalizeAlertRule(sampleRules[0]).value }, decorators: [(Story) => <div style={{ width: 390 }}>{Story()}</div>] };
/** 390 px, dark, after a failed save shows every error. */
export const NarrowDark: Story = { ...Narrow, globals: { theme: 'dark' }, args: {}, play: keyboardWalk };
