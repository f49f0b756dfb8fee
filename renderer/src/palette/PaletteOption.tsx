import type { ReactNode } from 'react';

interface PaletteOptionProps {
  id: string;
  isActive: boolean;
  kind: string;
  kindClass: string;
  label: ReactNode;
  lang?: string | undefined;
  detail: string;
  onHover: () => void;
  onChoose: () => void;
}

/** One entry of the palette: what it is, its name (matched letters marked) and a detail. */
export function PaletteOption({
  id,
  isActive,
  kind,
  kindClass,
  label,
  lang,
  detail,
  onHover,
  onChoose,
}: PaletteOptionProps) {
  return (
    <li
      id={id}
      role="option"
      aria-selected={isActive}
      className={`palette__item${isActive ? ' palette__item--active' : ''}`}
      onMouseMove={isActive ? undefined : onHover}
      onClick={onChoose}
    >
      <span className={`palette__kind ${kindClass}`}>{kind}</span>
      <span className="palette__label" lang={lang}>
        {label}
      </span>
      <span className="palette__detail">{detail}</span>
    </li>
  );
}
