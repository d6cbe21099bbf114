-- CreateTable
CREATE TABLE "ShopperPostAddress" (
    "shopperId" TEXT NOT NULL,
    "address" TEXT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ShopperPostAddress_pkey" PRIMARY KEY ("shopperId")
);

-- CreateTable
CREATE TABLE "BlockedAddress" (
    "address" TEXT NOT NULL,
    "until" TIMESTAMP(3) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "BlockedAddress_pkey" PRIMARY KEY ("address")
);

-- CreateIndex
CREATE INDEX "ShopperPostAddress_at_idx" ON "ShopperPostAddress"("at");
