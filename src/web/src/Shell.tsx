import { ReactNode, useEffect, useState } from 'react';
import { ROLE_NAMES, Role } from './auth/roles';
import { useSession } from './auth/session';
import { NAVIGATION } from './navigation';
import { Link, useLocation } from './ui/router';

export function Shell({ children }: { children: ReactNode }) {
  const { user, can, logout } = useSession();
  const { path } = useLocation();
  const [menuOpen, setMenuOpen] = useState(false);
  useEffect(() => setMenuOpen(false), [path]);
  const items = NAVIGATION.filter((item) => can(...item.roles));
  const active = (to: string) => (to === '/' ? path === '/' : path.startsWith(to.replace(/\/receive$/, '')));

  return (
    <div className="shell">
      <a href="#main" className="skip-link">
        Skip to content
      </a>
      <header className="topbar">
        <Link to="/" className="brand">
          WMS
        </Link>
        <button type="button" className="button menu-button" aria-expanded={menuOpen} aria-controls="main-nav" onClick={() => setMenuOpen((o) => !o)}>
          Menu
        </button>
        <nav id="main-nav" aria-label="Main" className={`main-nav ${menuOpen ? 'open' : ''}`}>
          <ul>
            {items.map((item) => (
              <li key={item.to}>
                <Link to={item.to} aria-current={active(item.to) ? 'page' : undefined}>
                  {item.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <div className="user-box">
          <span className="user-name" title={user?.roles.map((r) => ROLE_NAMES[r as Role] ?? r).join(', ')}>
            {user?.email}
          </span>
          <button type="button" className="button button-small" onClick={() => void logout()}>
            Sign out
          </button>
        </div>
      </header>
      <main id="main" tabIndex={-1}>
        {children}
      </main>
    </div>
  );
}
