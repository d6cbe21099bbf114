-- AlterTable
ALTER TABLE "MailOutbox" ADD COLUMN     "answerRequestId" TEXT,
ADD COLUMN     "reminderId" TEXT,
ADD COLUMN     "replyId" TEXT,
ADD COLUMN     "unsubscribeUrl" TEXT;

-- AlterTable
ALTER TABLE "StoreSettings" ADD COLUMN     "kitchenHours" JSONB NOT NULL DEFAULT '{"weekly":{},"exceptions":[]}';

-- CreateTable
CREATE TABLE "AnswerMailRequest" (
    "id" TEXT NOT NULL,
    "questionId" TEXT NOT NULL,
    "shopperId" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "answeredAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AnswerMailRequest_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "KitchenSession" (
    "id" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "productId" TEXT,
    "hostId" TEXT NOT NULL,
    "startsAt" TIMESTAMP(3) NOT NULL,
    "endsAt" TIMESTAMP(3) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "KitchenSession_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SessionReminder" (
    "id" TEXT NOT NULL,
    "sessionId" TEXT NOT NULL,
    "shopperId" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SessionReminder_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "AnswerMailRequest_email_idx" ON "AnswerMailRequest"("email");

-- CreateIndex
CREATE INDEX "AnswerMailRequest_answeredAt_idx" ON "AnswerMailRequest"("answeredAt");

-- CreateIndex
CREATE UNIQUE INDEX "AnswerMailRequest_questionId_shopperId_key" ON "AnswerMailRequest"("questionId", "shopperId");

-- CreateIndex
CREATE INDEX "KitchenSession_endsAt_idx" ON "KitchenSession"("endsAt");

-- CreateIndex
CREATE INDEX "KitchenSession_productId_startsAt_idx" ON "KitchenSession"("productId", "startsAt");

-- CreateIndex
CREATE INDEX "SessionReminder_email_idx" ON "SessionReminder"("email");

-- CreateIndex
CREATE UNIQUE INDEX "SessionReminder_sessionId_shopperId_key" ON "SessionReminder"("sessionId", "shopperId");

-- CreateIndex
CREATE INDEX "MailOutbox_answerRequestId_idx" ON "MailOutbox"("answerRequestId");

-- CreateIndex
CREATE INDEX "MailOutbox_reminderId_idx" ON "MailOutbox"("reminderId");

-- AddForeignKey
ALTER TABLE "MailOutbox" ADD CONSTRAINT "MailOutbox_answerRequestId_fkey" FOREIGN KEY ("answerRequestId") REFERENCES "AnswerMailRequest"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MailOutbox" ADD CONSTRAINT "MailOutbox_replyId_fkey" FOREIGN KEY ("replyId") REFERENCES "Reply"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MailOutbox" ADD CONSTRAINT "MailOutbox_reminderId_fkey" FOREIGN KEY ("reminderId") REFERENCES "SessionReminder"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AnswerMailRequest" ADD CONSTRAINT "AnswerMailRequest_questionId_fkey" FOREIGN KEY ("questionId") REFERENCES "Question"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AnswerMailRequest" ADD CONSTRAINT "AnswerMailRequest_shopperId_fkey" FOREIGN KEY ("shopperId") REFERENCES "Shopper"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "KitchenSession" ADD CONSTRAINT "KitchenSession_productId_fkey" FOREIGN KEY ("productId") REFERENCES "Product"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "KitchenSession" ADD CONSTRAINT "KitchenSession_hostId_fkey" FOREIGN KEY ("hostId") REFERENCES "user"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SessionReminder" ADD CONSTRAINT "SessionReminder_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "KitchenSession"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SessionReminder" ADD CONSTRAINT "SessionReminder_shopperId_fkey" FOREIGN KEY ("shopperId") REFERENCES "Shopper"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- By hand: a session ends after it starts (the schedule form checks too; this is the backstop).
ALTER TABLE "KitchenSession" ADD CONSTRAINT "KitchenSession_window_check" CHECK ("endsAt" > "startsAt");
