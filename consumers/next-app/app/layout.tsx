import type { ReactNode } from 'react';
import { HydrationMarker } from './HydrationMarker';

export const metadata = { title: 'Faultline in Next.js' };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>
        {children}
        <HydrationMarker />
      </body>
    </html>
  );
}
