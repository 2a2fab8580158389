import type { ReactNode } from 'react';

type Props = {
  /** The heading's id; the section is named by it (aria-labelledby), so it reads as a region. */
  id: string;
  title: ReactNode;
  className?: string;
  children: ReactNode;
  'data-testid'?: string;
};

/** A titled part of a page: a section named by its h2. */
export function Section({ id, title, className, children, 'data-testid': testId }: Props) {
  return (
    <section className={className} aria-labelledby={id} data-testid={testId}>
      <h2 id={id}>{title}</h2>
      {children}
    </section>
  );
}
