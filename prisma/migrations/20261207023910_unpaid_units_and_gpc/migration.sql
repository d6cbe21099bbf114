-- AlterTable
ALTER TABLE "Order" ADD COLUMN     "placedFrom" TEXT;

-- AlterTable
ALTER TABLE "Shopper" ADD COLUMN     "gpc" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "StoreSettings" ADD COLUMN     "unpaidUnitsPerOrder" INTEGER NOT NULL DEFAULT 5,
ADD COLUMN     "unpaidUnitsPerSource" INTEGER NOT NULL DEFAULT 20;

-- CreateIndex
CREATE INDEX "Order_placedFrom_idx" ON "Order"("placedFrom");
