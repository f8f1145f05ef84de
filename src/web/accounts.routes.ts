import { type Context, Hono } from 'hono';
import { ROLES, type Role } from '../../db/schema.ts';
import type { Store } from '../../db/client.ts';
import { accountNameProblem, normalAccountName } from '../auth/account-name.ts';
import { clearanceText, parseClearances } from '../auth/clearances.ts';
import { hashPassword, passwordProblem } from '../auth/passwords.ts';
import { AccountError, addUser, listAccounts, setAccountDisabled, setClearances } from '../store/accounts.repository.ts';
import { accountsView } from './accounts.view.ts';
import { page } from './layout.ts';
import { requireRole, type WebEnv } from './session.middleware.ts';

const back = (c: Context, message: string) => c.redirect(`/admin/accounts?${new URLSearchParams({ message })}`, 303);

/** The chosen markings of a form: one `clearance` field per marking. */
const clearancesOf = (body: Record<string, unknown>) => parseClearances(([] as unknown[]).concat(body.clearance ?? []).filter((value): value is string => typeof value === 'string'));

/** Admin pages: accounts, their roles, clearances and state. The role is checked here on the server for every route. */
export function accountsRoutes(store: Store) {
  const app = new Hono<WebEnv>();
  app.use('/admin/accounts', requireRole('admin'));
  app.use('/admin/accounts/*', requireRole('admin'));

  app.get('/admin/accounts', (c) => {
    const account = c.get('account');
    return c.html(page('Accounts', accountsView({ accounts: listAccounts(store), me: account.name, csrfToken: account.csrfToken, message: c.req.query('message') }), account));
  });

  app.post('/admin/accounts', async (c) => {
    const body = await c.req.parseBody({ all: true });
    const name = typeof body.name === 'string' ? normalAccountName(body.name) : '';
    const role = typeof body.role === 'string' && (ROLES as readonly string[]).includes(body.role) ? (body.role as Role) : undefined;
    const password = typeof body.password === 'string' ? body.password : '';
    const nameProblem = accountNameProblem(name);
    if (nameProblem) return back(c, nameProblem);
    if (!role) return back(c, `the role must be one of ${ROLES.join(', ')}`);
    const clearances = clearancesOf(body);
    if (!clearances.ok) return back(c, clearances.error);
    const problem = passwordProblem(password);
    if (problem) return back(c, `${name}: ${problem}`);
    try {
      addUser(store, { name, role, passwordHash: await hashPassword(password), clearances: clearances.clearances });
    } catch (error) {
      if (error instanceof AccountError) return back(c, error.message);
      throw error;
    }
    return back(c, `created ${role} ${name}${clearances.clearances.length ? `, cleared for ${clearanceText(clearances.clearances)}` : ''}`);
  });

  app.post('/admin/accounts/:name/clearances', async (c) => {
    const name = c.req.param('name');
    const clearances = clearancesOf(await c.req.parseBody({ all: true }));
    if (!clearances.ok) return back(c, clearances.error);
    const account = setClearances(store, name, clearances.clearances);
    return back(c, account ? `${name} is cleared for ${clearanceText(account.clearances)}` : `no account ${name}`);
  });

  app.post('/admin/accounts/:name/:change{disable|enable}', (c) => {
    const name = c.req.param('name');
    const disable = c.req.param('change') === 'disable';
    if (name === c.get('account').name) return back(c, 'you cannot disable your own account');
    const found = setAccountDisabled(store, name, disable);
    return back(c, found ? `${name} ${disable ? 'disabled: signed out everywhere' : 'enabled'}` : `no account ${name}`);
  });

  return app;
}
