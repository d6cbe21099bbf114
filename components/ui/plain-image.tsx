"use client";

export interface PlainImageProps {
  src: string;
  alt: string;
  width: number;
  height: number;
  className?: string;
  priority?: boolean;
}

/**
 * A plain <img>: the images are small local SVGs and uploads that need no optimizer, and the fixed
 * width/height reserve their box so nothing shifts while they load.
 *
 * A client component on purpose. React's server-component renderer turns every eager <img> it renders into
 * a preload hint inside the page's payload, and the browser acts on hints when a payload arrives, also a
 * payload Next prefetches for a link in view: the header's category links alone made a phone product page
 * preload some fifteen images it never showed. Rendered here, an eager image is preloaded by the HTML of the
 * page that shows it (the server-side render still emits its <link rel=preload>), and by nothing else.
 */
export function PlainImage({ src, alt, width, height, className = "", priority = false }: PlainImageProps) {
  return (
    <img
      src={src}
      alt={alt}
      width={width}
      height={height}
      loading={priority ? "eager" : "lazy"}
      fetchPriority={priority ? "high" : "auto"}
      decoding="async"
      className={className}
    />
  );
}
