CREATE TYPE "public"."disposal_route" AS ENUM('landfill', 'recycling', 'other');--> statement-breakpoint
CREATE TYPE "public"."listing_kind" AS ENUM('offer', 'want');--> statement-breakpoint
CREATE TYPE "public"."listing_rate" AS ENUM('one-off', 'week', 'month', 'year');--> statement-breakpoint
CREATE TYPE "public"."listing_status" AS ENUM('draft', 'active', 'paused', 'closed', 'expired');--> statement-breakpoint
CREATE TYPE "public"."material_category" AS ENUM('sand-aggregates', 'water', 'metals', 'other');--> statement-breakpoint
CREATE TYPE "public"."quantity_unit" AS ENUM('t', 'm3');--> statement-breakpoint
CREATE TYPE "public"."organisation_role" AS ENUM('member', 'officer', 'admin');--> statement-breakpoint
CREATE TABLE "api_keys" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"name" text NOT NULL,
	"prefix" text NOT NULL,
	"key_hash" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_used_at" timestamp with time zone,
	"revoked_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "listings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"site_id" uuid NOT NULL,
	"kind" "listing_kind" NOT NULL,
	"material_code" text NOT NULL,
	"grade" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"accepts" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"quantity_amount" double precision NOT NULL,
	"quantity_unit" "quantity_unit" NOT NULL,
	"quantity_rate" "listing_rate" NOT NULL,
	"available_from" date,
	"available_until" date,
	"max_haul_km" double precision NOT NULL,
	"current_route" "disposal_route",
	"gate_fee_gbp_per_tonne" double precision,
	"virgin_price_gbp_per_tonne" double precision,
	"status" "listing_status" DEFAULT 'active' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"location" geography(Point,4326) NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "materials" (
	"code" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"category" "material_category" NOT NULL,
	"unit" "quantity_unit" NOT NULL,
	"density_t_per_m3" double precision,
	"description" text NOT NULL,
	"ewc_codes" jsonb NOT NULL,
	"hazardous" boolean DEFAULT false NOT NULL,
	"properties" jsonb NOT NULL,
	"substitutes" text[] DEFAULT '{}'::text[] NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "organisations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"role" "organisation_role" NOT NULL,
	"contact_email" text NOT NULL,
	"contact_name" text,
	"contact_phone" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sites" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"name" text NOT NULL,
	"address" text,
	"postcode" text,
	"location" geography(Point,4326) NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "api_keys" ADD CONSTRAINT "api_keys_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "listings" ADD CONSTRAINT "listings_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "listings" ADD CONSTRAINT "listings_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "listings" ADD CONSTRAINT "listings_material_code_materials_code_fk" FOREIGN KEY ("material_code") REFERENCES "public"."materials"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sites" ADD CONSTRAINT "sites_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "api_keys_prefix_key" ON "api_keys" USING btree ("prefix");--> statement-breakpoint
CREATE INDEX "api_keys_organisation_idx" ON "api_keys" USING btree ("organisation_id");--> statement-breakpoint
CREATE INDEX "listings_organisation_idx" ON "listings" USING btree ("organisation_id");--> statement-breakpoint
CREATE INDEX "listings_site_idx" ON "listings" USING btree ("site_id");--> statement-breakpoint
CREATE INDEX "listings_material_kind_status_idx" ON "listings" USING btree ("material_code","kind","status");--> statement-breakpoint
CREATE INDEX "listings_location_gix" ON "listings" USING gist ("location");--> statement-breakpoint
CREATE INDEX "sites_organisation_idx" ON "sites" USING btree ("organisation_id");--> statement-breakpoint
CREATE INDEX "sites_location_gix" ON "sites" USING gist ("location");