-- The last optimal allocation per organisation (src/opportunities/last-allocation.ts), for the OGC
-- opportunities collection: flows between the public points of the two listings, nothing exact.
CREATE TABLE "opportunity_flows" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"solved_at" timestamp with time zone DEFAULT now() NOT NULL,
	"objective" text NOT NULL,
	"offer_id" uuid NOT NULL,
	"want_id" uuid NOT NULL,
	"material_code" text NOT NULL,
	"tonnes_per_year" double precision NOT NULL,
	"distance_km" double precision NOT NULL,
	"cost_saved_gbp_per_year" double precision NOT NULL,
	"co2e_avoided_kg_per_year" double precision NOT NULL,
	"from_point" geography(Point,4326) NOT NULL,
	"to_point" geography(Point,4326) NOT NULL
);
--> statement-breakpoint
ALTER TABLE "opportunity_flows" ADD CONSTRAINT "opportunity_flows_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "opportunity_flows_organisation_idx" ON "opportunity_flows" USING btree ("organisation_id");