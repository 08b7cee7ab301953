CREATE TYPE "public"."decline_reason" AS ENUM('price', 'grade', 'distance', 'timing', 'regulatory', 'other');--> statement-breakpoint
CREATE TYPE "public"."exchange_status" AS ENUM('proposed', 'accepted', 'active', 'completed', 'declined', 'cancelled');--> statement-breakpoint
CREATE TABLE "exchange_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"exchange_id" uuid NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"actor_organisation_id" uuid,
	"actor_key_id" uuid,
	"action" text NOT NULL,
	"from_status" "exchange_status",
	"to_status" "exchange_status" NOT NULL,
	"reason" "decline_reason",
	"note" text
);
--> statement-breakpoint
CREATE TABLE "exchanges" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"offer_id" uuid NOT NULL,
	"want_id" uuid NOT NULL,
	"offer_organisation_id" uuid NOT NULL,
	"want_organisation_id" uuid NOT NULL,
	"proposed_by_organisation_id" uuid,
	"quantity_amount" double precision NOT NULL,
	"quantity_unit" "quantity_unit" NOT NULL,
	"quantity_rate" "listing_rate" NOT NULL,
	"status" "exchange_status" DEFAULT 'proposed' NOT NULL,
	"offer_accepted" boolean DEFAULT false NOT NULL,
	"want_accepted" boolean DEFAULT false NOT NULL,
	"decline_reason" "decline_reason",
	"decline_note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "exchange_events" ADD CONSTRAINT "exchange_events_exchange_id_exchanges_id_fk" FOREIGN KEY ("exchange_id") REFERENCES "public"."exchanges"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exchange_events" ADD CONSTRAINT "exchange_events_actor_organisation_id_organisations_id_fk" FOREIGN KEY ("actor_organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exchanges" ADD CONSTRAINT "exchanges_offer_id_listings_id_fk" FOREIGN KEY ("offer_id") REFERENCES "public"."listings"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exchanges" ADD CONSTRAINT "exchanges_want_id_listings_id_fk" FOREIGN KEY ("want_id") REFERENCES "public"."listings"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exchanges" ADD CONSTRAINT "exchanges_offer_organisation_id_organisations_id_fk" FOREIGN KEY ("offer_organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exchanges" ADD CONSTRAINT "exchanges_want_organisation_id_organisations_id_fk" FOREIGN KEY ("want_organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exchanges" ADD CONSTRAINT "exchanges_proposed_by_organisation_id_organisations_id_fk" FOREIGN KEY ("proposed_by_organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "exchange_events_exchange_idx" ON "exchange_events" USING btree ("exchange_id","at");--> statement-breakpoint
CREATE INDEX "exchanges_offer_status_idx" ON "exchanges" USING btree ("offer_id","status");--> statement-breakpoint
CREATE INDEX "exchanges_want_idx" ON "exchanges" USING btree ("want_id");--> statement-breakpoint
CREATE INDEX "exchanges_offer_org_idx" ON "exchanges" USING btree ("offer_organisation_id");--> statement-breakpoint
CREATE INDEX "exchanges_want_org_idx" ON "exchanges" USING btree ("want_organisation_id");