import { screen } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';

/** Opens the searchable picker labelled `label` and chooses the option named `option` (a project, a task). */
export async function pickOption(user: Pick<UserEvent, 'click'>, label: string, option: string | RegExp) {
  await user.click(await screen.findByRole('combobox', { name: label }));
  await user.click(await screen.findByRole('option', { name: option }));
}
