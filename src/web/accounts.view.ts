import { html } from 'hono/html';
import { ROLES } from '../../db/schema.ts';
import { ACCOUNT_NAME_RULE } from '../auth/account-name.ts';
import { clearanceText } from '../auth/clearances.ts';
import { CLASSIFICATION_MARKINGS } from '../documents/metadata/classification-markings.ts';

const when = (date: Date | null) => (date ? date.toISOString().slice(0, 16).replace('T', ' ') : '');

export interface AccountRow {
  readonly name: string;
  readonly role: string;
  readonly clearances: readonly string[];
  readonly createdAt: Date;
  readonly disabledAt: Date | null;
}

/** A multiple choice of every marking, those held already chosen. */
const clearancePicker = (id: string, held: readonly string[]) => html`<select id="${id}" name="clearance" multiple size="4" aria-label="Clearances">${
  CLASSIFICATION_MARKINGS.map((marking) => html`<option${held.includes(marking) ? html` selected` : ''}>${marking}</option>`)}</select>`;

/** The accounts page: every account with its role, clearances and state, and the form for a new one. */
export function accountsView(input: { accounts: readonly AccountRow[]; me: string; csrfToken: string; message?: string }) {
  const csrf = html`<input type="hidden" name="_csrf" value="${input.csrfToken}">`;
  const action = (name: string, what: string) => `/admin/accounts/${encodeURIComponent(name)}/${what}`;
  return html`<div class="card"><h1>Accounts</h1>
${input.message ? html`<p class="flash" role="status">${input.message}</p>` : ''}
<p>Clearances are the markings an account may read: documents with any other marking, their text and their facts, are not shown to it.</p>
<table><thead><tr><th>name</th><th>role</th><th>clearances</th><th>created</th><th>state</th><th></th></tr></thead><tbody>
${input.accounts.map((user) => html`<tr><td>${user.name}</td><td>${user.role}</td>
<td><form method="post" action="${action(user.name, 'clearances')}">${csrf}${clearancePicker(`clearances-${user.name}`, user.clearances)} <button type="submit">Set</button></form><span class="clearances">${clearanceText(user.clearances)}</span></td>
<td>${when(user.createdAt)}</td><td>${user.disabledAt ? `disabled ${when(user.disabledAt)}` : 'active'}</td>
<td>${user.name === input.me ? '' : html`<form method="post" action="${action(user.name, user.disabledAt ? 'enable' : 'disable')}">${csrf}<button type="submit">${user.disabledAt ? 'Enable' : 'Disable'}</button></form>`}</td></tr>`)}
</tbody></table></div>
<form method="post" action="/admin/accounts" class="card" style="max-width: 28em"><h2>New account</h2>${csrf}
<label for="new-name">Name (${ACCOUNT_NAME_RULE.replace(/^a name is /, '')})</label><input id="new-name" name="name" required maxlength="100" autocomplete="off">
<label for="new-role">Role</label><select id="new-role" name="role">${ROLES.map((role) => html`<option>${role}</option>`)}</select>
<label for="new-clearances">Clearances (none chosen: unmarked documents only)</label>${clearancePicker('new-clearances', [])}
<label for="new-password">Password (at least 10 characters)</label><input id="new-password" name="password" type="password" required autocomplete="new-password">
<p><button type="submit">Create</button></p></form>`;
}
