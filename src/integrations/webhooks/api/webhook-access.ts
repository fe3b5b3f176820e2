import { Role, Scope } from '../../../identity';

/** Admin users manage every subscription; partner keys with the scope manage their own. */
export const WEBHOOK_MANAGERS = { roles: [Role.Admin], scopes: [Scope.WebhooksManage] };
