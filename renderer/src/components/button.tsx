import type { ButtonHTMLAttributes, ReactNode, Ref } from 'react';
import { Spinner } from './spinner';

export interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  variant?: 'primary' | 'secondary' | 'ghost' | 'danger';
  size?: 'sm' | 'md';
  /** Shows a spinner, disables the button and tells assistive tech it is busy. */
  pending?: boolean;
  icon?: ReactNode;
  ref?: Ref<HTMLButtonElement>;
}

export function Button({ variant = 'secondary', size = 'md', pending = false, icon, children, className, disabled, type, ...rest }: ButtonProps) {
  const classes = ['btn', `btn--${variant}`, `btn--${size}`, pending ? 'is-pending' : '', className ?? ''].filter(Boolean).join(' ');
  return (
    <button type={type ?? 'button'} className={classes} disabled={disabled || pending} aria-busy={pending || undefined} {...rest}>
      {pending ? <Spinner size={size === 'sm' ? 12 : 14} /> : icon}
      {children !== undefined && <span className="btn__label">{children}</span>}
    </button>
  );
}

/** A square button showing only an icon; `label` is its accessible name and tooltip. */
export function IconButton({ label, icon, className, ...rest }: Omit<ButtonProps, 'children'> & { label: string; icon: ReactNode }) {
  return <Button {...rest} variant={rest.variant ?? 'ghost'} className={['btn--icon', className ?? ''].join(' ')} icon={icon} aria-label={label} title={label} />;
}
