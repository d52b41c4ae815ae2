import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import './menu.css';

export interface MenuItem {
  label: string;
  onSelect: () => void;
  /** Drawn in the danger colour: the action destroys something (it asks first). */
  danger?: boolean;
  title?: string;
}

interface Props {
  label: string;
  items: readonly MenuItem[];
  title?: string;
}

/**
 * A button that opens a menu of actions, as the WAI-ARIA menu button pattern has it: the arrow keys,
 * Home and End move through the items, Enter or a click runs one, Escape closes the menu and focus
 * goes back to the button. Tab or a click elsewhere closes it too.
 */
export function MenuButton({ label, items, title }: Props) {
  const [open, setOpen] = useState(false);
  const [focused, setFocused] = useState(0);
  const button = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLUListElement>(null);
  const id = useId();

  useEffect(() => {
    if (open) menu.current?.querySelectorAll<HTMLElement>('[role="menuitem"]')[focused]?.focus();
  }, [open, focused]);

  useEffect(() => {
    if (!open) return;
    function onPointerDown(event: PointerEvent): void {
      const target = event.target as Node;
      if (!menu.current?.contains(target) && !button.current?.contains(target)) setOpen(false);
    }
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [open]);

  function show(first: 'first' | 'last'): void {
    setFocused(first === 'first' ? 0 : items.length - 1);
    setOpen(true);
  }

  function close(returnFocus: boolean): void {
    setOpen(false);
    if (returnFocus) button.current?.focus();
  }

  function onMenuKey(event: KeyboardEvent<HTMLUListElement>): void {
    const moves: Record<string, (i: number) => number> = {
      ArrowDown: (i) => (i + 1) % items.length,
      ArrowUp: (i) => (i - 1 + items.length) % items.length,
      Home: () => 0,
      End: () => items.length - 1,
    };
    const move = moves[event.key];
    if (move) {
      event.preventDefault();
      setFocused(move);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      // The Escape belongs to the menu: the work's own Escape (back to the claims) must not run too.
      event.stopPropagation();
      close(true);
    } else if (event.key === 'Tab') {
      setOpen(false);
    }
  }

  return (
    <span className="menu-anchor">
      <button
        ref={button}
        type="button"
        className="button small"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? id : undefined}
        title={title}
        onClick={() => (open ? close(false) : show('first'))}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
            event.preventDefault();
            show(event.key === 'ArrowDown' ? 'first' : 'last');
          }
        }}
      >
        {label} <span aria-hidden>▾</span>
      </button>
      {open ? (
        <ul ref={menu} id={id} role="menu" aria-label={label} className="menu" onKeyDown={onMenuKey}>
          {items.map((item, i) => (
            <li key={item.label} role="none">
              <button
                type="button"
                role="menuitem"
                tabIndex={i === focused ? 0 : -1}
                className={item.danger ? 'menu-item danger' : 'menu-item'}
                title={item.title}
                onClick={() => {
                  close(true);
                  item.onSelect();
                }}
              >
                {item.label}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </span>
  );
}
