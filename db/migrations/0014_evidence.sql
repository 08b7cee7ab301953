CREATE TYPE "public"."additionality_answer" AS ENUM('yes', 'partly', 'no');--> statement-breakpoint
CREATE TYPE "public"."exchange_side" AS ENUM('offer', 'want');--> statement-breakpoint
CREATE TYPE "public"."job_kind" AS ENUM('created', 'safeguarded');--> statement-breakpoint
CREATE TYPE "public"."region_level" AS ENUM('region', 'local-authority');--> statement-breakpoint
CREATE TYPE "public"."supply_origin" AS ENUM('imported', 'domestic');--> statement-breakpoint
CREATE TABLE "business_profiles" (
	"organisation_id" uuid PRIMARY KEY NOT NULL,
	"company_number" text,
	"employees_band" text,
	"turnover_band" text,
	"updated_by_organisation_id" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "co_investments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"amount_gbp" double precision NOT NULL,
	"source" text NOT NULL,
	"date" date NOT NULL,
	"evidence_note" text,
	"recorded_by_organisation_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "evidence_settings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"deadweight" double precision NOT NULL,
	"attribution" double precision NOT NULL,
	"note" text,
	"set_by_organisation_id" uuid,
	"set_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "exchange_additionality" (
	"exchange_id" uuid NOT NULL,
	"side" "exchange_side" NOT NULL,
	"answer" "additionality_answer" NOT NULL,
	"share" double precision NOT NULL,
	"answered_by_organisation_id" uuid,
	"answered_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "exchange_additionality_exchange_id_side_pk" PRIMARY KEY("exchange_id","side")
);
--> statement-breakpoint
CREATE TABLE "job_records" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"kind" "job_kind" NOT NULL,
	"fte" double precision NOT NULL,
	"date" date NOT NULL,
	"basis" text NOT NULL,
	"evidence_note" text NOT NULL,
	"recorded_by_organisation_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "matches_shown" (
	"day" date NOT NULL,
	"offer_id" uuid NOT NULL,
	"want_id" uuid NOT NULL,
	CONSTRAINT "matches_shown_day_offer_id_want_id_pk" PRIMARY KEY("day","offer_id","want_id")
);
--> statement-breakpoint
ALTER TABLE "listings" ADD COLUMN "replaces_supply" "supply_origin";--> statement-breakpoint
ALTER TABLE "regions" ADD COLUMN "level" "region_level" DEFAULT 'region' NOT NULL;--> statement-breakpoint
ALTER TABLE "business_profiles" ADD CONSTRAINT "business_profiles_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "co_investments" ADD CONSTRAINT "co_investments_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exchange_additionality" ADD CONSTRAINT "exchange_additionality_exchange_id_exchanges_id_fk" FOREIGN KEY ("exchange_id") REFERENCES "public"."exchanges"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "job_records" ADD CONSTRAINT "job_records_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "business_profiles_company_number_idx" ON "business_profiles" USING btree ("company_number");--> statement-breakpoint
CREATE INDEX "co_investments_date_idx" ON "co_investments" USING btree ("date");--> statement-breakpoint
CREATE INDEX "co_investments_organisation_idx" ON "co_investments" USING btree ("organisation_id");--> statement-breakpoint
CREATE INDEX "job_records_date_idx" ON "job_records" USING btree ("date");--> statement-breakpoint
CREATE INDEX "job_records_organisation_idx" ON "job_records" USING btree ("organisation_id");