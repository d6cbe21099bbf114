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
