-- AlterTable
ALTER TABLE "Order" ADD COLUMN     "paidAt" TIMESTAMP(3);

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

-- Orders already marked paid or delivered were paid: keep them counted as bought.
UPDATE "Order" SET "paidAt" = "updatedAt" WHERE "status" IN ('PAID', 'DELIVERED');
