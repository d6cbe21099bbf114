-- CreateEnum
CREATE TYPE "ExperimentDesign" AS ENUM ('HOLDOUT', 'SWITCHBACK');

-- CreateEnum
CREATE TYPE "ExperimentStatus" AS ENUM ('RUNNING', 'PAUSED', 'ENDED');

-- CreateEnum
CREATE TYPE "Kitchen" AS ENUM ('OPEN', 'CLOSED');

-- CreateEnum
CREATE TYPE "OutcomeKind" AS ENUM ('CART_ADD', 'CHECKOUT_START', 'ORDER_PLACED', 'ORDER_PAID', 'QUESTION_ASKED');

-- CreateTable
CREATE TABLE "Experiment" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "design" "ExperimentDesign" NOT NULL,
    "status" "ExperimentStatus" NOT NULL DEFAULT 'RUNNING',
    "salt" TEXT NOT NULL,
    "closedShare" DOUBLE PRECISION NOT NULL DEFAULT 0,
    "blockMinutes" INTEGER NOT NULL DEFAULT 0,
    "washoutMinutes" INTEGER NOT NULL DEFAULT 0,
    "windowDays" INTEGER NOT NULL,
    "demo" BOOLEAN NOT NULL DEFAULT false,
    "startedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "pausedAt" TIMESTAMP(3),
    "endedAt" TIMESTAMP(3),
    "startedByName" TEXT NOT NULL DEFAULT '',

    CONSTRAINT "Experiment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ExperimentExposure" (
    "experimentId" TEXT NOT NULL,
    "shopperId" TEXT NOT NULL,
    "block" INTEGER NOT NULL DEFAULT 0,
    "kitchen" "Kitchen" NOT NULL,
    "hostOnDuty" BOOLEAN NOT NULL DEFAULT false,
    "crossedAt" TIMESTAMP(3),
    "exposedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ExperimentExposure_pkey" PRIMARY KEY ("experimentId","shopperId","block")
);

-- CreateTable
CREATE TABLE "ExperimentOutcome" (
    "experimentId" TEXT NOT NULL,
    "shopperId" TEXT NOT NULL,
    "block" INTEGER NOT NULL DEFAULT 0,
    "kind" "OutcomeKind" NOT NULL,
    "ref" TEXT NOT NULL DEFAULT '',
    "amountCents" INTEGER NOT NULL DEFAULT 0,
    "at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ExperimentOutcome_pkey" PRIMARY KEY ("experimentId","shopperId","block","kind","ref")
);

-- CreateIndex
CREATE INDEX "Experiment_status_idx" ON "Experiment"("status");

-- CreateIndex
CREATE INDEX "ExperimentExposure_experimentId_exposedAt_idx" ON "ExperimentExposure"("experimentId", "exposedAt");

-- CreateIndex
CREATE INDEX "ExperimentOutcome_experimentId_kind_at_idx" ON "ExperimentOutcome"("experimentId", "kind", "at");

-- AddForeignKey
ALTER TABLE "ExperimentExposure" ADD CONSTRAINT "ExperimentExposure_experimentId_fkey" FOREIGN KEY ("experimentId") REFERENCES "Experiment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ExperimentOutcome" ADD CONSTRAINT "ExperimentOutcome_experimentId_fkey" FOREIGN KEY ("experimentId") REFERENCES "Experiment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- At most one experiment runs or pauses at a time: two owners pressing "Start" together get one experiment,
-- and assignment never has to choose between two. (Prisma cannot express a partial unique index.)
CREATE UNIQUE INDEX "Experiment_one_active" ON "Experiment" ((true)) WHERE "status" IN ('RUNNING', 'PAUSED');
