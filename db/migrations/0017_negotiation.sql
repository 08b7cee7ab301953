CREATE TABLE "exchange_message_reads" (
	"exchange_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"read_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "exchange_message_reads_exchange_id_organisation_id_pk" PRIMARY KEY("exchange_id","organisation_id")
);
--> statement-breakpoint
CREATE TABLE "exchange_messages" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"exchange_id" uuid NOT NULL,
	"author_organisation_id" uuid,
	"author_user_id" uuid,
	"author_key_id" uuid,
	"author_side" text NOT NULL,
	"text" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "exchange_events" ADD COLUMN "quantity_amount" double precision;--> statement-breakpoint
ALTER TABLE "exchange_events" ADD COLUMN "price_gbp_per_tonne" double precision;--> statement-breakpoint
ALTER TABLE "exchanges" ADD COLUMN "price_gbp_per_tonne" double precision;--> statement-breakpoint
ALTER TABLE "exchanges" ADD COLUMN "note" text;--> statement-breakpoint
ALTER TABLE "exchange_message_reads" ADD CONSTRAINT "exchange_message_reads_exchange_id_exchanges_id_fk" FOREIGN KEY ("exchange_id") REFERENCES "public"."exchanges"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exchange_message_reads" ADD CONSTRAINT "exchange_message_reads_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exchange_messages" ADD CONSTRAINT "exchange_messages_exchange_id_exchanges_id_fk" FOREIGN KEY ("exchange_id") REFERENCES "public"."exchanges"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exchange_messages" ADD CONSTRAINT "exchange_messages_author_organisation_id_organisations_id_fk" FOREIGN KEY ("author_organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "exchange_messages_exchange_idx" ON "exchange_messages" USING btree ("exchange_id","created_at","id");