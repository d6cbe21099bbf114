-- AlterTable
ALTER TABLE "Shopper" ADD COLUMN     "helpsOthers" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "lastHelpPromptAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "StoreSettings" ADD COLUMN     "buyerHelpAfterMinutes" INTEGER NOT NULL DEFAULT 5;

-- CreateTable
CREATE TABLE "Poll" (
    "id" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "question" TEXT NOT NULL,
    "audience" TEXT NOT NULL,
    "productId" TEXT,
    "createdById" TEXT NOT NULL,
    "closesAt" TIMESTAMP(3) NOT NULL,
    "closedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Poll_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PollOption" (
    "id" TEXT NOT NULL,
    "pollId" TEXT NOT NULL,
    "label" TEXT NOT NULL,
    "position" INTEGER NOT NULL,

    CONSTRAINT "PollOption_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PollAnswer" (
    "id" TEXT NOT NULL,
    "pollId" TEXT NOT NULL,
    "shopperId" TEXT NOT NULL,
    "optionId" TEXT,
    "body" TEXT,
    "showAlias" BOOLEAN NOT NULL DEFAULT false,
    "published" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "PollAnswer_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PollFollow" (
    "pollId" TEXT NOT NULL,
    "shopperId" TEXT NOT NULL,

    CONSTRAINT "PollFollow_pkey" PRIMARY KEY ("pollId","shopperId")
);

-- CreateTable
CREATE TABLE "KitchenUpdate" (
    "id" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "imagePath" TEXT,
    "authorId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "removedAt" TIMESTAMP(3),

    CONSTRAINT "KitchenUpdate_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "KitchenUpdateProduct" (
    "updateId" TEXT NOT NULL,
    "productId" TEXT NOT NULL,

    CONSTRAINT "KitchenUpdateProduct_pkey" PRIMARY KEY ("updateId","productId")
);

-- CreateIndex
CREATE INDEX "Poll_closedAt_closesAt_idx" ON "Poll"("closedAt", "closesAt");

-- CreateIndex
CREATE INDEX "Poll_productId_createdAt_idx" ON "Poll"("productId", "createdAt");

-- CreateIndex
CREATE INDEX "PollOption_pollId_idx" ON "PollOption"("pollId");

-- CreateIndex
CREATE INDEX "PollAnswer_pollId_optionId_idx" ON "PollAnswer"("pollId", "optionId");

-- CreateIndex
CREATE UNIQUE INDEX "PollAnswer_pollId_shopperId_key" ON "PollAnswer"("pollId", "shopperId");

-- CreateIndex
CREATE INDEX "KitchenUpdate_removedAt_createdAt_idx" ON "KitchenUpdate"("removedAt", "createdAt");

-- CreateIndex
CREATE INDEX "KitchenUpdateProduct_productId_idx" ON "KitchenUpdateProduct"("productId");

-- AddForeignKey
ALTER TABLE "Poll" ADD CONSTRAINT "Poll_productId_fkey" FOREIGN KEY ("productId") REFERENCES "Product"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Poll" ADD CONSTRAINT "Poll_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "user"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PollOption" ADD CONSTRAINT "PollOption_pollId_fkey" FOREIGN KEY ("pollId") REFERENCES "Poll"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PollAnswer" ADD CONSTRAINT "PollAnswer_pollId_fkey" FOREIGN KEY ("pollId") REFERENCES "Poll"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PollAnswer" ADD CONSTRAINT "PollAnswer_shopperId_fkey" FOREIGN KEY ("shopperId") REFERENCES "Shopper"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PollAnswer" ADD CONSTRAINT "PollAnswer_optionId_fkey" FOREIGN KEY ("optionId") REFERENCES "PollOption"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PollFollow" ADD CONSTRAINT "PollFollow_pollId_fkey" FOREIGN KEY ("pollId") REFERENCES "Poll"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PollFollow" ADD CONSTRAINT "PollFollow_shopperId_fkey" FOREIGN KEY ("shopperId") REFERENCES "Shopper"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "KitchenUpdate" ADD CONSTRAINT "KitchenUpdate_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "user"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "KitchenUpdateProduct" ADD CONSTRAINT "KitchenUpdateProduct_updateId_fkey" FOREIGN KEY ("updateId") REFERENCES "KitchenUpdate"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "KitchenUpdateProduct" ADD CONSTRAINT "KitchenUpdateProduct_productId_fkey" FOREIGN KEY ("productId") REFERENCES "Product"("id") ON DELETE CASCADE ON UPDATE CASCADE;
