-- AlterTable (IF NOT EXISTS: the fulfilment work adds the same column; whichever runs first adds it)
ALTER TABLE "Order" ADD COLUMN IF NOT EXISTS "paidAt" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "CheckoutAttempt" (
    "shopperId" TEXT NOT NULL,
    "idempotencyKey" TEXT NOT NULL,
    "refusal" TEXT,
    "message" TEXT,
    "soldOut" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CheckoutAttempt_pkey" PRIMARY KEY ("shopperId","idempotencyKey")
);

-- AddForeignKey
ALTER TABLE "CheckoutAttempt" ADD CONSTRAINT "CheckoutAttempt_shopperId_fkey" FOREIGN KEY ("shopperId") REFERENCES "Shopper"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Orders already marked paid or delivered were paid: keep them counted as bought. (::text: PAID may have
-- left the enum already.)
UPDATE "Order" SET "paidAt" = COALESCE("paidAt", "updatedAt") WHERE "status"::text IN ('PAID', 'DELIVERED');
