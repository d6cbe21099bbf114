import type { ProductDetailDto } from "@/lib/domains/catalog/product-dto";

export interface ProductJsonLdProps {
  product: ProductDetailDto;
  currency: string;
  url: string;
  imageUrls: string[];
}

/** schema.org Product; "<" is escaped so no product text can close the script element. */
export function ProductJsonLd({ product, currency, url, imageUrls }: ProductJsonLdProps) {
  const data = {
    "@context": "https://schema.org",
    "@type": "Product",
    name: product.title,
    description: product.description,
    image: imageUrls,
    sku: product.id,
    category: product.category.name,
    url,
    offers: {
      "@type": "Offer",
      url,
      price: (product.priceCents / 100).toFixed(2),
      priceCurrency: currency,
      availability: product.stock > 0 ? "https://schema.org/InStock" : "https://schema.org/OutOfStock",
    },
  };
  const json = JSON.stringify(data).replace(/</g, "\\u003c");
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: json }} />;
}
