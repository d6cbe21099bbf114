-- The outbox row of a fulfilment step now points at its OrderEvent (both branches typed it BIGINT; the
-- orders table did not exist when the outbox was written). A step is deleted only with its order.
-- AddForeignKey
ALTER TABLE "MailOutbox" ADD CONSTRAINT "MailOutbox_orderEventId_fkey" FOREIGN KEY ("orderEventId") REFERENCES "OrderEvent"("id") ON DELETE CASCADE ON UPDATE CASCADE;
