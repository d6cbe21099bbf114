import { NotFoundMessage } from "@/components/layout/not-found-message";

// notFound() from a shop page (unknown product, category or order): shown inside the shop's header and footer.
export default function ShopNotFound() {
  return <NotFoundMessage />;
}
