import type { AuthStore } from "../../ports/auth-store.ts";
import type { Clock } from "../../ports/clock.ts";
import { AccountsService } from "./accounts.service.ts";
import { AuthenticationService } from "./authentication.service.ts";

/** Accounts and authentication over one store; the accounts service tells the other when a user appears. */
export interface AuthServices {
  accounts: AccountsService;
  authentication: AuthenticationService;
}

export function authServices(store: AuthStore, clock: Clock): AuthServices {
  const authentication = new AuthenticationService(store, clock);
  const accounts = new AccountsService(store, clock, () => authentication.userAdded());
  return { accounts, authentication };
}
