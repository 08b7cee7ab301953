CREATE TABLE "regions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"boundary" geography(MultiPolygon,4326) NOT NULL,
	"created_by_organisation_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "transfers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"exchange_id" uuid NOT NULL,
	"date" date NOT NULL,
	"amount" double precision NOT NULL,
	"unit" "quantity_unit" NOT NULL,
	"haul_km" double precision,
	"note" text,
	"corrects_transfer_id" uuid,
	"factor_set_id" text NOT NULL,
	"estimate" jsonb NOT NULL,
	"tonnes" double precision NOT NULL,
	"cubic_metres" double precision,
	"cost_saved_gbp" double precision NOT NULL,
	"co2e_avoided_kg" double precision NOT NULL,
	"virgin_displaced_tonnes" double precision NOT NULL,
	"diverted_from_landfill" boolean NOT NULL,
	"created_by_organisation_id" uuid,
	"created_by_key_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "transfers" ADD CONSTRAINT "transfers_exchange_id_exchanges_id_fk" FOREIGN KEY ("exchange_id") REFERENCES "public"."exchanges"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "transfers" ADD CONSTRAINT "transfers_factor_set_id_factor_sets_id_fk" FOREIGN KEY ("factor_set_id") REFERENCES "public"."factor_sets"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "regions_name_key" ON "regions" USING btree ("name");--> statement-breakpoint
CREATE INDEX "regions_boundary_gix" ON "regions" USING gist ("boundary");--> statement-breakpoint
CREATE INDEX "transfers_exchange_idx" ON "transfers" USING btree ("exchange_id");--> statement-breakpoint
CREATE INDEX "transfers_date_idx" ON "transfers" USING btree ("date");--> statement-breakpoint
CREATE UNIQUE INDEX "transfers_corrects_key" ON "transfers" USING btree ("corrects_transfer_id");