import type { ImageDto } from "@/lib/domains/catalog/product-dto";
import { PlainImage } from "@/components/ui/plain-image";

export interface ProductGalleryProps {
  images: ImageDto[];
  title: string;
}

/** Every image, server-rendered; the first loads eagerly as the page's largest paint. */
export function ProductGallery({ images, title }: ProductGalleryProps) {
  if (images.length === 0) {
    return <div className="aspect-square rounded-3xl bg-roast-100" aria-hidden="true" />;
  }
  const [first, ...rest] = images;
  return (
    <div className="flex flex-col gap-4">
      {first ? (
        <PlainImage
          src={first.url}
          alt={first.alt || title}
          width={800}
          height={800}
          priority
          className="aspect-square w-full rounded-3xl border border-roast-200 bg-white object-cover"
        />
      ) : null}
      {rest.length > 0 ? (
        <ul className="grid grid-cols-3 gap-3" aria-label="More images">
          {rest.map((image, index) => (
            <li key={`${image.url}-${index}`}>
              <PlainImage
                src={image.url}
                alt={image.alt || `${title}, image ${index + 2}`}
                width={400}
                height={400}
                className="aspect-square w-full rounded-2xl border border-roast-200 bg-white object-cover"
              />
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
