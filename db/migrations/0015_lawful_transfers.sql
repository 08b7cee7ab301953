CREATE TYPE "public"."waste_status" AS ENUM('waste', 'by-product', 'end-of-waste');--> statement-breakpoint
CREATE TABLE "season_tickets" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"exchange_id" uuid NOT NULL,
	"from_date" date NOT NULL,
	"to_date" date NOT NULL,
	"created_by_organisation_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "waste_transfer_note_signatures" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"note_id" uuid NOT NULL,
	"side" text NOT NULL,
	"role" text NOT NULL,
	"signatory_name" text NOT NULL,
	"organisation_id" uuid,
	"organisation_name" text NOT NULL,
	"user_id" uuid,
	"key_id" uuid,
	"content_sha256" text NOT NULL,
	"signed_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "waste_transfer_notes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"transfer_id" uuid,
	"season_ticket_id" uuid,
	"content" jsonb NOT NULL,
	"content_sha256" text NOT NULL,
	"hazardous" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "listings" ADD COLUMN "waste_status" "waste_status" DEFAULT 'waste' NOT NULL;--> statement-breakpoint
ALTER TABLE "listings" ADD COLUMN "ewc_code" text;--> statement-breakpoint
ALTER TABLE "listings" ADD COLUMN "hazardous" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "listings" ADD COLUMN "classification" jsonb DEFAULT '{}'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "organisations" ADD COLUMN "address" text;--> statement-breakpoint
ALTER TABLE "organisations" ADD COLUMN "sic_code" text;--> statement-breakpoint
ALTER TABLE "sites" ADD COLUMN "authorisation" jsonb;--> statement-breakpoint
ALTER TABLE "sites" ADD COLUMN "waste_tracking_api_code" uuid;--> statement-breakpoint
ALTER TABLE "transfers" ADD COLUMN "received_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "transfers" ADD COLUMN "movement" jsonb;--> statement-breakpoint
ALTER TABLE "transfers" ADD COLUMN "hazardous" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "transfers" ADD COLUMN "is_waste" boolean DEFAULT true NOT NULL;--> statement-breakpoint
ALTER TABLE "transfers" ADD COLUMN "season_ticket_id" uuid;--> statement-breakpoint
ALTER TABLE "season_tickets" ADD CONSTRAINT "season_tickets_exchange_id_exchanges_id_fk" FOREIGN KEY ("exchange_id") REFERENCES "public"."exchanges"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "waste_transfer_note_signatures" ADD CONSTRAINT "waste_transfer_note_signatures_note_id_waste_transfer_notes_id_fk" FOREIGN KEY ("note_id") REFERENCES "public"."waste_transfer_notes"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "waste_transfer_notes" ADD CONSTRAINT "waste_transfer_notes_transfer_id_transfers_id_fk" FOREIGN KEY ("transfer_id") REFERENCES "public"."transfers"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "waste_transfer_notes" ADD CONSTRAINT "waste_transfer_notes_season_ticket_id_season_tickets_id_fk" FOREIGN KEY ("season_ticket_id") REFERENCES "public"."season_tickets"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "season_tickets_exchange_idx" ON "season_tickets" USING btree ("exchange_id","from_date");--> statement-breakpoint
CREATE UNIQUE INDEX "waste_transfer_note_signatures_side_key" ON "waste_transfer_note_signatures" USING btree ("note_id","side");--> statement-breakpoint
CREATE UNIQUE INDEX "waste_transfer_notes_transfer_key" ON "waste_transfer_notes" USING btree ("transfer_id");--> statement-breakpoint
CREATE UNIQUE INDEX "waste_transfer_notes_season_ticket_key" ON "waste_transfer_notes" USING btree ("season_ticket_id");--> statement-breakpoint
CREATE INDEX "transfers_season_ticket_idx" ON "transfers" USING btree ("season_ticket_id");--> statement-breakpoint
-- Retention (Waste (England and Wales) Regulations 2011 reg. 35(3): transfer notes kept 2 years;
-- Hazardous Waste (England and Wales) Regulations 2005 reg. 49-50: consignment records 3 years).
-- Enforced in the database, so no code path or manual DELETE can lose a record early.
CREATE FUNCTION refuse_early_deletion() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  kept interval := CASE WHEN OLD.hazardous THEN interval '3 years' ELSE interval '2 years' END;
BEGIN
  IF OLD.created_at > now() - kept THEN
    RAISE EXCEPTION 'retention: % % must be kept until %', TG_TABLE_NAME, OLD.id, OLD.created_at + kept
      USING ERRCODE = 'restrict_violation';
  END IF;
  RETURN OLD;
END $$;
--> statement-breakpoint
CREATE TRIGGER transfers_retention BEFORE DELETE ON transfers FOR EACH ROW EXECUTE FUNCTION refuse_early_deletion();
--> statement-breakpoint
CREATE TRIGGER waste_transfer_notes_retention BEFORE DELETE ON waste_transfer_notes FOR EACH ROW EXECUTE FUNCTION refuse_early_deletion();
--> statement-breakpoint
-- A signature is kept as long as the longest note it could belong to.
CREATE FUNCTION refuse_signature_deletion() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF OLD.signed_at > now() - interval '3 years' THEN
    RAISE EXCEPTION 'retention: signature % must be kept until %', OLD.id, OLD.signed_at + interval '3 years'
      USING ERRCODE = 'restrict_violation';
  END IF;
  RETURN OLD;
END $$;
--> statement-breakpoint
CREATE TRIGGER waste_transfer_note_signatures_retention BEFORE DELETE ON waste_transfer_note_signatures FOR EACH ROW EXECUTE FUNCTION refuse_signature_deletion();
--> statement-breakpoint
-- A note's content and its signatures are never edited: a correction is a new transfer.
CREATE FUNCTION refuse_update() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '% rows are never edited', TG_TABLE_NAME USING ERRCODE = 'restrict_violation';
END $$;
--> statement-breakpoint
CREATE TRIGGER waste_transfer_notes_immutable BEFORE UPDATE ON waste_transfer_notes FOR EACH ROW EXECUTE FUNCTION refuse_update();
--> statement-breakpoint
CREATE TRIGGER waste_transfer_note_signatures_immutable BEFORE UPDATE ON waste_transfer_note_signatures FOR EACH ROW EXECUTE FUNCTION refuse_update();
