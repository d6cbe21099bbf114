-- Orders and fulfilment: human order numbers, paidAt, Preparing in place of Paid, the append-only
-- OrderEvent log, the store's Preparing label and timezone, and indexes for the admin's order list.

-- Payment is recorded apart from the status. IF NOT EXISTS: another branch adds the same column.
ALTER TABLE "Order" ADD COLUMN IF NOT EXISTS "paidAt" TIMESTAMP(3);
UPDATE "Order" SET "paidAt" = COALESCE("paidAt", "updatedAt") WHERE "status"::text IN ('PAID', 'DELIVERED');

-- AlterEnum: PAID leaves the status (it is paidAt now); a paid order that had not shipped is PLACED.
CREATE TYPE "OrderStatus_new" AS ENUM ('PLACED', 'PREPARING', 'SHIPPED', 'DELIVERED', 'CANCELLED');
ALTER TABLE "Order" ALTER COLUMN "status" DROP DEFAULT;
ALTER TABLE "Order" ALTER COLUMN "status" TYPE "OrderStatus_new"
  USING (CASE WHEN "status"::text = 'PAID' THEN 'PLACED' ELSE "status"::text END)::"OrderStatus_new";
ALTER TYPE "OrderStatus" RENAME TO "OrderStatus_old";
ALTER TYPE "OrderStatus_new" RENAME TO "OrderStatus";
DROP TYPE "OrderStatus_old";
ALTER TABLE "Order" ALTER COLUMN "status" SET DEFAULT 'PLACED';

-- CreateEnum
CREATE TYPE "OrderEventKind" AS ENUM ('STATUS', 'PAID');

-- Order numbers: existing orders numbered from 1001 in the order they were placed, new ones continue.
CREATE SEQUENCE "Order_number_seq" AS INTEGER;
ALTER TABLE "Order" ADD COLUMN "number" INTEGER;
UPDATE "Order" AS o SET "number" = 1000 + r.n
  FROM (SELECT "id", row_number() OVER (ORDER BY "createdAt", "id") AS n FROM "Order") AS r
  WHERE o."id" = r."id";
SELECT setval('"Order_number_seq"', COALESCE((SELECT max("number") FROM "Order"), 1000), true);
ALTER TABLE "Order" ALTER COLUMN "number" SET DEFAULT nextval('"Order_number_seq"'),
  ALTER COLUMN "number" SET NOT NULL;
ALTER SEQUENCE "Order_number_seq" OWNED BY "Order"."number";

-- AlterTable
ALTER TABLE "StoreSettings" ADD COLUMN     "preparingLabel" TEXT NOT NULL DEFAULT 'Roasting your beans',
ADD COLUMN     "timezone" TEXT NOT NULL DEFAULT 'Europe/Lisbon';

-- CreateTable
CREATE TABLE "OrderEvent" (
    "id" BIGSERIAL NOT NULL,
    "orderId" TEXT NOT NULL,
    "kind" "OrderEventKind" NOT NULL DEFAULT 'STATUS',
    "staffId" TEXT,
    "staffName" TEXT,
    "fromStatus" "OrderStatus" NOT NULL,
    "toStatus" "OrderStatus" NOT NULL,
    "note" TEXT NOT NULL DEFAULT '',
    "photoUrl" TEXT,
    "carrier" TEXT,
    "trackingNumber" TEXT,
    "trackingUrl" TEXT,
    "idempotencyKey" TEXT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "OrderEvent_pkey" PRIMARY KEY ("id")
);

-- DropIndex: replaced by the (createdAt DESC, id) keyset index.
DROP INDEX "Order_createdAt_idx";

-- CreateIndex
CREATE INDEX "OrderEvent_orderId_id_idx" ON "OrderEvent"("orderId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "OrderEvent_orderId_idempotencyKey_key" ON "OrderEvent"("orderId", "idempotencyKey");

-- CreateIndex
CREATE UNIQUE INDEX "Order_number_key" ON "Order"("number");

-- CreateIndex
CREATE INDEX "Order_status_createdAt_id_idx" ON "Order"("status", "createdAt" DESC, "id");

-- CreateIndex
CREATE INDEX "Order_createdAt_id_idx" ON "Order"("createdAt" DESC, "id");

-- CreateIndex: an order's items (order pages, the admin list's item counts).
CREATE INDEX "OrderItem_orderId_idx" ON "OrderItem"("orderId");

-- CreateIndex
CREATE INDEX "Order_shopperId_createdAt_idx" ON "Order"("shopperId", "createdAt" DESC);

-- Search by the start of an email or a name, case-insensitively (pg_trgm is not assumed to be installed).
-- text_pattern_ops makes LIKE 'prefix%' use the index under any collation. Not expressible in schema.prisma.
CREATE INDEX "Order_email_prefix_idx" ON "Order" (lower("email") text_pattern_ops);
CREATE INDEX "Order_name_prefix_idx" ON "Order" (lower("customerName") text_pattern_ops);

-- AddForeignKey
ALTER TABLE "OrderEvent" ADD CONSTRAINT "OrderEvent_orderId_fkey" FOREIGN KEY ("orderId") REFERENCES "Order"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OrderEvent" ADD CONSTRAINT "OrderEvent_staffId_fkey" FOREIGN KEY ("staffId") REFERENCES "user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Append-only: an event is never edited. The one update allowed is the foreign key's own SET NULL when
-- a staff account is removed (the step keeps the name it was taken under).
CREATE FUNCTION "OrderEvent_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW."staffId" IS NULL AND (to_jsonb(NEW) - 'staffId') = (to_jsonb(OLD) - 'staffId') THEN
    RETURN NEW;
  END IF;
  RAISE EXCEPTION 'OrderEvent rows are append-only';
END;
$$;
CREATE TRIGGER "OrderEvent_append_only" BEFORE UPDATE ON "OrderEvent"
  FOR EACH ROW EXECUTE FUNCTION "OrderEvent_append_only"();
