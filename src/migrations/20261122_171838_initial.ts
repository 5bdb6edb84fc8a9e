import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."_locales" AS ENUM('en', 'nl', 'fr', 'de');
  CREATE TYPE "public"."enum_practices_contexts" AS ENUM('schools', 'pes', 'higherEducation', 'adultEducation', 'community', 'workplace', 'youthWork');
  CREATE TYPE "public"."enum_practices_practice_types" AS ENUM('intervention', 'tool', 'service', 'policy');
  CREATE TYPE "public"."enum_practices_domains" AS ENUM('learning', 'careerGuidance', 'preventiveHealth', 'socioEmotional');
  CREATE TYPE "public"."enum_practices_themes" AS ENUM('careerManagement', 'access', 'quality', 'effectiveness', 'leadership', 'information', 'training', 'funding', 'ict');
  CREATE TYPE "public"."enum_practices_ict_functions" AS ENUM('information', 'resources', 'distance', 'placement', 'accountability', 'integration');
  CREATE TYPE "public"."enum_practices_drivers" AS ENUM('savingCosts', 'efficiency', 'effectiveness', 'wideningAccess');
  CREATE TYPE "public"."enum_practices_audiences" AS ENUM('pupils', 'vetStudents', 'higherEd', 'adultLearners', 'employed', 'unemployed', 'olderAdults', 'youthAtRisk', 'disadvantaged', 'immigrants', 'employers', 'parents', 'schoolStaff');
  CREATE TYPE "public"."enum_practices_languages" AS ENUM('bg', 'cs', 'da', 'de', 'el', 'en', 'es', 'et', 'fi', 'fr', 'ga', 'hr', 'hu', 'it', 'lt', 'lv', 'mt', 'nl', 'pl', 'pt', 'ro', 'sk', 'sl', 'sv', 'is', 'no', 'sq', 'bs', 'sr', 'mk', 'tr', 'uk', 'ka', 'ar', 'ru', 'lb');
  CREATE TYPE "public"."enum_practices_channels" AS ENUM('chat', 'phone', 'email', 'video', 'web', 'faceToFace');
  CREATE TYPE "public"."enum_practices_opening_hours_day" AS ENUM('mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun');
  CREATE TYPE "public"."enum_practices_ict_features" AS ENUM('coreOnline', 'socialMedia', 'chat', 'ePortfolio', 'diverseMedia', 'profiling', 'outreach');
  CREATE TYPE "public"."enum_practices_lmi_features" AS ENUM('publicData', 'usable', 'creative', 'informal', 'local', 'customisation');
  CREATE TYPE "public"."enum_practices_practitioner_support" AS ENUM('clientUse', 'integration', 'cpd', 'mutualLearning', 'registries');
  CREATE TYPE "public"."enum_practices_citizen_support" AS ENUM('eServiceProcess', 'readinessCheck', 'levelMatching');
  CREATE TYPE "public"."enum_practices_funding_types" AS ENUM('project', 'sectoral', 'coFunding', 'stateCoordinated');
  CREATE TYPE "public"."enum_practices_barriers" AS ENUM('ictAccess', 'information', 'skills', 'integration');
  CREATE TYPE "public"."enum_practices_evaluated" AS ENUM('appropriateness', 'validity', 'transparency', 'usability');
  CREATE TYPE "public"."enum_practices_indicators_metric" AS ENUM('contacts', 'chats', 'averageDuration', 'averageAge', 'satisfaction', 'topicShare', 'clientShare', 'growth', 'staff');
  CREATE TYPE "public"."enum_practices_indicators_unit" AS ENUM('count', 'minutes', 'percent', 'years', 'rating');
  CREATE TYPE "public"."enum_practices_indicators_dimension" AS ENUM('theme', 'questionType', 'month', 'clientGroup', 'topic', 'rating');
  CREATE TYPE "public"."enum_practices_original_language" AS ENUM('bg', 'cs', 'da', 'de', 'el', 'en', 'es', 'et', 'fi', 'fr', 'ga', 'hr', 'hu', 'it', 'lt', 'lv', 'mt', 'nl', 'pl', 'pt', 'ro', 'sk', 'sl', 'sv', 'is', 'no', 'sq', 'bs', 'sr', 'mk', 'tr', 'uk', 'ka', 'ar', 'ru', 'lb');
  CREATE TYPE "public"."enum_practices_lifecycle" AS ENUM('active', 'pilot', 'ended');
  CREATE TYPE "public"."enum_practices_modality" AS ENUM('remote', 'faceToFace', 'blended');
  CREATE TYPE "public"."enum_practices_policy_stage" AS ENUM('gathering', 'developing', 'maximising', 'systematising');
  CREATE TYPE "public"."enum_practices_link_career_ed" AS ENUM('none', 'informal', 'formal');
  CREATE TYPE "public"."enum_practices_link_pes" AS ENUM('none', 'informal', 'formal');
  CREATE TYPE "public"."enum_practices_link_youth" AS ENUM('none', 'informal', 'formal');
  CREATE TYPE "public"."enum_practices_main_driver" AS ENUM('savingCosts', 'efficiency', 'effectiveness', 'wideningAccess');
  CREATE TYPE "public"."enum_practices_practitioner_role" AS ENUM('pointsTo', 'usesInPractice', 'both');
  CREATE TYPE "public"."enum_practices_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__practices_v_version_contexts" AS ENUM('schools', 'pes', 'higherEducation', 'adultEducation', 'community', 'workplace', 'youthWork');
  CREATE TYPE "public"."enum__practices_v_version_practice_types" AS ENUM('intervention', 'tool', 'service', 'policy');
  CREATE TYPE "public"."enum__practices_v_version_domains" AS ENUM('learning', 'careerGuidance', 'preventiveHealth', 'socioEmotional');
  CREATE TYPE "public"."enum__practices_v_version_themes" AS ENUM('careerManagement', 'access', 'quality', 'effectiveness', 'leadership', 'information', 'training', 'funding', 'ict');
  CREATE TYPE "public"."enum__practices_v_version_ict_functions" AS ENUM('information', 'resources', 'distance', 'placement', 'accountability', 'integration');
  CREATE TYPE "public"."enum__practices_v_version_drivers" AS ENUM('savingCosts', 'efficiency', 'effectiveness', 'wideningAccess');
  CREATE TYPE "public"."enum__practices_v_version_audiences" AS ENUM('pupils', 'vetStudents', 'higherEd', 'adultLearners', 'employed', 'unemployed', 'olderAdults', 'youthAtRisk', 'disadvantaged', 'immigrants', 'employers', 'parents', 'schoolStaff');
  CREATE TYPE "public"."enum__practices_v_version_languages" AS ENUM('bg', 'cs', 'da', 'de', 'el', 'en', 'es', 'et', 'fi', 'fr', 'ga', 'hr', 'hu', 'it', 'lt', 'lv', 'mt', 'nl', 'pl', 'pt', 'ro', 'sk', 'sl', 'sv', 'is', 'no', 'sq', 'bs', 'sr', 'mk', 'tr', 'uk', 'ka', 'ar', 'ru', 'lb');
  CREATE TYPE "public"."enum__practices_v_version_channels" AS ENUM('chat', 'phone', 'email', 'video', 'web', 'faceToFace');
  CREATE TYPE "public"."enum__practices_v_version_opening_hours_day" AS ENUM('mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun');
  CREATE TYPE "public"."enum__practices_v_version_ict_features" AS ENUM('coreOnline', 'socialMedia', 'chat', 'ePortfolio', 'diverseMedia', 'profiling', 'outreach');
  CREATE TYPE "public"."enum__practices_v_version_lmi_features" AS ENUM('publicData', 'usable', 'creative', 'informal', 'local', 'customisation');
  CREATE TYPE "public"."enum__practices_v_version_practitioner_support" AS ENUM('clientUse', 'integration', 'cpd', 'mutualLearning', 'registries');
  CREATE TYPE "public"."enum__practices_v_version_citizen_support" AS ENUM('eServiceProcess', 'readinessCheck', 'levelMatching');
  CREATE TYPE "public"."enum__practices_v_version_funding_types" AS ENUM('project', 'sectoral', 'coFunding', 'stateCoordinated');
  CREATE TYPE "public"."enum__practices_v_version_barriers" AS ENUM('ictAccess', 'information', 'skills', 'integration');
  CREATE TYPE "public"."enum__practices_v_version_evaluated" AS ENUM('appropriateness', 'validity', 'transparency', 'usability');
  CREATE TYPE "public"."enum__practices_v_version_indicators_metric" AS ENUM('contacts', 'chats', 'averageDuration', 'averageAge', 'satisfaction', 'topicShare', 'clientShare', 'growth', 'staff');
  CREATE TYPE "public"."enum__practices_v_version_indicators_unit" AS ENUM('count', 'minutes', 'percent', 'years', 'rating');
  CREATE TYPE "public"."enum__practices_v_version_indicators_dimension" AS ENUM('theme', 'questionType', 'month', 'clientGroup', 'topic', 'rating');
  CREATE TYPE "public"."enum__practices_v_version_original_language" AS ENUM('bg', 'cs', 'da', 'de', 'el', 'en', 'es', 'et', 'fi', 'fr', 'ga', 'hr', 'hu', 'it', 'lt', 'lv', 'mt', 'nl', 'pl', 'pt', 'ro', 'sk', 'sl', 'sv', 'is', 'no', 'sq', 'bs', 'sr', 'mk', 'tr', 'uk', 'ka', 'ar', 'ru', 'lb');
  CREATE TYPE "public"."enum__practices_v_version_lifecycle" AS ENUM('active', 'pilot', 'ended');
  CREATE TYPE "public"."enum__practices_v_version_modality" AS ENUM('remote', 'faceToFace', 'blended');
  CREATE TYPE "public"."enum__practices_v_version_policy_stage" AS ENUM('gathering', 'developing', 'maximising', 'systematising');
  CREATE TYPE "public"."enum__practices_v_version_link_career_ed" AS ENUM('none', 'informal', 'formal');
  CREATE TYPE "public"."enum__practices_v_version_link_pes" AS ENUM('none', 'informal', 'formal');
  CREATE TYPE "public"."enum__practices_v_version_link_youth" AS ENUM('none', 'informal', 'formal');
  CREATE TYPE "public"."enum__practices_v_version_main_driver" AS ENUM('savingCosts', 'efficiency', 'effectiveness', 'wideningAccess');
  CREATE TYPE "public"."enum__practices_v_version_practitioner_role" AS ENUM('pointsTo', 'usesInPractice', 'both');
  CREATE TYPE "public"."enum__practices_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__practices_v_published_locale" AS ENUM('en', 'nl', 'fr', 'de');
  CREATE TYPE "public"."enum_countries_group" AS ENUM('eu', 'eea', 'candidate', 'potentialCandidate', 'uk');
  CREATE TYPE "public"."enum_users_roles" AS ENUM('admin', 'reviewer', 'coordinator', 'researcher');
  CREATE TABLE "practices_contexts" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_practices_contexts",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "practices_practice_types" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_practices_practice_types",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "practices_domains" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_practices_domains",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "practices_pathway" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "practices_pathway_locales" (
  	"title" varchar,
  	"actor" varchar,
  	"description" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "practices_sources" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"key" varchar,
  	"title" varchar,
  	"url" varchar,
  	"publisher" varchar,
  	"date" varchar
  );
  
  CREATE TABLE "practices_themes" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_practices_themes",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "practices_ict_functions" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_practices_ict_functions",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "practices_drivers" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_practices_drivers",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "practices_audiences" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_practices_audiences",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "practices_languages" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_practices_languages",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "practices_channels" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_practices_channels",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "practices_opening_hours" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"day" "enum_practices_opening_hours_day",
  	"from" varchar,
  	"to" varchar
  );
  
  CREATE TABLE "practices_ict_features" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_practices_ict_features",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "practices_lmi_features" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_practices_lmi_features",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "practices_practitioner_support" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_practices_practitioner_support",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "practices_citizen_support" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_practices_citizen_support",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "practices_funding_types" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_practices_funding_types",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "practices_barriers" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_practices_barriers",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "practices_evaluated" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_practices_evaluated",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "practices_indicators" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"metric" "enum_practices_indicators_metric",
  	"period" varchar,
  	"value" numeric,
  	"unit" "enum_practices_indicators_unit",
  	"dimension" "enum_practices_indicators_dimension",
  	"source" varchar
  );
  
  CREATE TABLE "practices_indicators_locales" (
  	"label" varchar,
  	"category" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "practices_persons" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"email" varchar,
  	"phone" varchar,
  	"is_public" boolean DEFAULT false
  );
  
  CREATE TABLE "practices_persons_locales" (
  	"job_title" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "practices" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"slug" varchar,
  	"country_id" varchar,
  	"original_language" "enum_practices_original_language" DEFAULT 'en',
  	"launch_date" timestamp(3) with time zone,
  	"lifecycle" "enum_practices_lifecycle",
  	"modality" "enum_practices_modality",
  	"policy_stage" "enum_practices_policy_stage",
  	"link_career_ed" "enum_practices_link_career_ed",
  	"link_pes" "enum_practices_link_pes",
  	"link_youth" "enum_practices_link_youth",
  	"main_driver" "enum_practices_main_driver",
  	"practitioner_role" "enum_practices_practitioner_role",
  	"anonymous" boolean,
  	"website" varchar,
  	"ready_for_review" boolean DEFAULT false,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_practices_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "practices_locales" (
  	"title" varchar,
  	"summary" varchar,
  	"region" varchar,
  	"description" jsonb,
  	"why_developed" jsonb,
  	"objectives" jsonb,
  	"e_governance" jsonb,
  	"system_fit" jsonb,
  	"needs_identification" jsonb,
  	"access_guarantee" jsonb,
  	"user_cost" varchar,
  	"disadvantaged_access" jsonb,
  	"skills_required" jsonb,
  	"funding_sources" jsonb,
  	"quality_design" jsonb,
  	"achievements" jsonb,
  	"efficiency_gains" jsonb,
  	"social_return" jsonb,
  	"other_info" jsonb,
  	"contact_organisation" varchar,
  	"references" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "practices_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"organisations_id" integer
  );
  
  CREATE TABLE "_practices_v_version_contexts" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__practices_v_version_contexts",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_practices_v_version_practice_types" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__practices_v_version_practice_types",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_practices_v_version_domains" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__practices_v_version_domains",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_practices_v_version_pathway" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_practices_v_version_pathway_locales" (
  	"title" varchar,
  	"actor" varchar,
  	"description" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_practices_v_version_sources" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar,
  	"title" varchar,
  	"url" varchar,
  	"publisher" varchar,
  	"date" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_practices_v_version_themes" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__practices_v_version_themes",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_practices_v_version_ict_functions" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__practices_v_version_ict_functions",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_practices_v_version_drivers" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__practices_v_version_drivers",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_practices_v_version_audiences" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__practices_v_version_audiences",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_practices_v_version_languages" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__practices_v_version_languages",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_practices_v_version_channels" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__practices_v_version_channels",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_practices_v_version_opening_hours" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"day" "enum__practices_v_version_opening_hours_day",
  	"from" varchar,
  	"to" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_practices_v_version_ict_features" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__practices_v_version_ict_features",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_practices_v_version_lmi_features" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__practices_v_version_lmi_features",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_practices_v_version_practitioner_support" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__practices_v_version_practitioner_support",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_practices_v_version_citizen_support" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__practices_v_version_citizen_support",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_practices_v_version_funding_types" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__practices_v_version_funding_types",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_practices_v_version_barriers" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__practices_v_version_barriers",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_practices_v_version_evaluated" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__practices_v_version_evaluated",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_practices_v_version_indicators" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"metric" "enum__practices_v_version_indicators_metric",
  	"period" varchar,
  	"value" numeric,
  	"unit" "enum__practices_v_version_indicators_unit",
  	"dimension" "enum__practices_v_version_indicators_dimension",
  	"source" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_practices_v_version_indicators_locales" (
  	"label" varchar,
  	"category" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_practices_v_version_persons" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"email" varchar,
  	"phone" varchar,
  	"is_public" boolean DEFAULT false,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_practices_v_version_persons_locales" (
  	"job_title" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_practices_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_slug" varchar,
  	"version_country_id" varchar,
  	"version_original_language" "enum__practices_v_version_original_language" DEFAULT 'en',
  	"version_launch_date" timestamp(3) with time zone,
  	"version_lifecycle" "enum__practices_v_version_lifecycle",
  	"version_modality" "enum__practices_v_version_modality",
  	"version_policy_stage" "enum__practices_v_version_policy_stage",
  	"version_link_career_ed" "enum__practices_v_version_link_career_ed",
  	"version_link_pes" "enum__practices_v_version_link_pes",
  	"version_link_youth" "enum__practices_v_version_link_youth",
  	"version_main_driver" "enum__practices_v_version_main_driver",
  	"version_practitioner_role" "enum__practices_v_version_practitioner_role",
  	"version_anonymous" boolean,
  	"version_website" varchar,
  	"version_ready_for_review" boolean DEFAULT false,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__practices_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__practices_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_practices_v_locales" (
  	"version_title" varchar,
  	"version_summary" varchar,
  	"version_region" varchar,
  	"version_description" jsonb,
  	"version_why_developed" jsonb,
  	"version_objectives" jsonb,
  	"version_e_governance" jsonb,
  	"version_system_fit" jsonb,
  	"version_needs_identification" jsonb,
  	"version_access_guarantee" jsonb,
  	"version_user_cost" varchar,
  	"version_disadvantaged_access" jsonb,
  	"version_skills_required" jsonb,
  	"version_funding_sources" jsonb,
  	"version_quality_design" jsonb,
  	"version_achievements" jsonb,
  	"version_efficiency_gains" jsonb,
  	"version_social_return" jsonb,
  	"version_other_info" jsonb,
  	"version_contact_organisation" varchar,
  	"version_references" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_practices_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"organisations_id" integer
  );
  
  CREATE TABLE "countries" (
  	"id" varchar PRIMARY KEY NOT NULL,
  	"group" "enum_countries_group" NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "countries_locales" (
  	"name" varchar NOT NULL,
  	"guidance_system" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "organisations" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"slug" varchar NOT NULL,
  	"country_id" varchar,
  	"website" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "organisations_locales" (
  	"description" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "media" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"alt" varchar NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"url" varchar,
  	"thumbnail_u_r_l" varchar,
  	"filename" varchar,
  	"mime_type" varchar,
  	"filesize" numeric,
  	"width" numeric,
  	"height" numeric,
  	"focal_x" numeric,
  	"focal_y" numeric
  );
  
  CREATE TABLE "users_roles" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_users_roles",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "users_sessions" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"created_at" timestamp(3) with time zone,
  	"expires_at" timestamp(3) with time zone NOT NULL
  );
  
  CREATE TABLE "users" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"enable_a_p_i_key" boolean,
  	"api_key" varchar,
  	"api_key_index" varchar,
  	"email" varchar NOT NULL,
  	"reset_password_token" varchar,
  	"reset_password_expiration" timestamp(3) with time zone,
  	"salt" varchar,
  	"hash" varchar,
  	"reset_password_requested_at" timestamp(3) with time zone,
  	"login_attempts" numeric DEFAULT 0,
  	"lock_until" timestamp(3) with time zone
  );
  
  CREATE TABLE "users_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"countries_id" varchar
  );
  
  CREATE TABLE "payload_kv" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"data" jsonb NOT NULL
  );
  
  CREATE TABLE "payload_locked_documents" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"global_slug" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_locked_documents_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"practices_id" integer,
  	"countries_id" varchar,
  	"organisations_id" integer,
  	"media_id" integer,
  	"users_id" integer
  );
  
  CREATE TABLE "payload_preferences" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar,
  	"value" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_preferences_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" integer
  );
  
  CREATE TABLE "payload_migrations" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"batch" numeric,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "practices_contexts" ADD CONSTRAINT "practices_contexts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."practices"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "practices_practice_types" ADD CONSTRAINT "practices_practice_types_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."practices"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "practices_domains" ADD CONSTRAINT "practices_domains_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."practices"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "practices_pathway" ADD CONSTRAINT "practices_pathway_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."practices"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "practices_pathway_locales" ADD CONSTRAINT "practices_pathway_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."practices_pathway"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "practices_sources" ADD CONSTRAINT "practices_sources_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."practices"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "practices_themes" ADD CONSTRAINT "practices_themes_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."practices"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "practices_ict_functions" ADD CONSTRAINT "practices_ict_functions_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."practices"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "practices_drivers" ADD CONSTRAINT "practices_drivers_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."practices"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "practices_audiences" ADD CONSTRAINT "practices_audiences_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."practices"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "practices_languages" ADD CONSTRAINT "practices_languages_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."practices"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "practices_channels" ADD CONSTRAINT "practices_channels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."practices"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "practices_opening_hours" ADD CONSTRAINT "practices_opening_hours_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."practices"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "practices_ict_features" ADD CONSTRAINT "practices_ict_features_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."practices"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "practices_lmi_features" ADD CONSTRAINT "practices_lmi_features_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."practices"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "practices_practitioner_support" ADD CONSTRAINT "practices_practitioner_support_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."practices"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "practices_citizen_support" ADD CONSTRAINT "practices_citizen_support_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."practices"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "practices_funding_types" ADD CONSTRAINT "practices_funding_types_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."practices"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "practices_barriers" ADD CONSTRAINT "practices_barriers_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."practices"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "practices_evaluated" ADD CONSTRAINT "practices_evaluated_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."practices"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "practices_indicators" ADD CONSTRAINT "practices_indicators_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."practices"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "practices_indicators_locales" ADD CONSTRAINT "practices_indicators_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."practices_indicators"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "practices_persons" ADD CONSTRAINT "practices_persons_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."practices"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "practices_persons_locales" ADD CONSTRAINT "practices_persons_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."practices_persons"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "practices" ADD CONSTRAINT "practices_country_id_countries_id_fk" FOREIGN KEY ("country_id") REFERENCES "public"."countries"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "practices_locales" ADD CONSTRAINT "practices_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."practices"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "practices_rels" ADD CONSTRAINT "practices_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."practices"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "practices_rels" ADD CONSTRAINT "practices_rels_organisations_fk" FOREIGN KEY ("organisations_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_practices_v_version_contexts" ADD CONSTRAINT "_practices_v_version_contexts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_practices_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_practices_v_version_practice_types" ADD CONSTRAINT "_practices_v_version_practice_types_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_practices_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_practices_v_version_domains" ADD CONSTRAINT "_practices_v_version_domains_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_practices_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_practices_v_version_pathway" ADD CONSTRAINT "_practices_v_version_pathway_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_practices_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_practices_v_version_pathway_locales" ADD CONSTRAINT "_practices_v_version_pathway_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_practices_v_version_pathway"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_practices_v_version_sources" ADD CONSTRAINT "_practices_v_version_sources_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_practices_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_practices_v_version_themes" ADD CONSTRAINT "_practices_v_version_themes_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_practices_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_practices_v_version_ict_functions" ADD CONSTRAINT "_practices_v_version_ict_functions_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_practices_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_practices_v_version_drivers" ADD CONSTRAINT "_practices_v_version_drivers_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_practices_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_practices_v_version_audiences" ADD CONSTRAINT "_practices_v_version_audiences_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_practices_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_practices_v_version_languages" ADD CONSTRAINT "_practices_v_version_languages_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_practices_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_practices_v_version_channels" ADD CONSTRAINT "_practices_v_version_channels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_practices_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_practices_v_version_opening_hours" ADD CONSTRAINT "_practices_v_version_opening_hours_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_practices_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_practices_v_version_ict_features" ADD CONSTRAINT "_practices_v_version_ict_features_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_practices_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_practices_v_version_lmi_features" ADD CONSTRAINT "_practices_v_version_lmi_features_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_practices_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_practices_v_version_practitioner_support" ADD CONSTRAINT "_practices_v_version_practitioner_support_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_practices_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_practices_v_version_citizen_support" ADD CONSTRAINT "_practices_v_version_citizen_support_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_practices_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_practices_v_version_funding_types" ADD CONSTRAINT "_practices_v_version_funding_types_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_practices_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_practices_v_version_barriers" ADD CONSTRAINT "_practices_v_version_barriers_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_practices_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_practices_v_version_evaluated" ADD CONSTRAINT "_practices_v_version_evaluated_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_practices_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_practices_v_version_indicators" ADD CONSTRAINT "_practices_v_version_indicators_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_practices_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_practices_v_version_indicators_locales" ADD CONSTRAINT "_practices_v_version_indicators_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_practices_v_version_indicators"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_practices_v_version_persons" ADD CONSTRAINT "_practices_v_version_persons_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_practices_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_practices_v_version_persons_locales" ADD CONSTRAINT "_practices_v_version_persons_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_practices_v_version_persons"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_practices_v" ADD CONSTRAINT "_practices_v_parent_id_practices_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."practices"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_practices_v" ADD CONSTRAINT "_practices_v_version_country_id_countries_id_fk" FOREIGN KEY ("version_country_id") REFERENCES "public"."countries"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_practices_v_locales" ADD CONSTRAINT "_practices_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_practices_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_practices_v_rels" ADD CONSTRAINT "_practices_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_practices_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_practices_v_rels" ADD CONSTRAINT "_practices_v_rels_organisations_fk" FOREIGN KEY ("organisations_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "countries_locales" ADD CONSTRAINT "countries_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."countries"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "organisations" ADD CONSTRAINT "organisations_country_id_countries_id_fk" FOREIGN KEY ("country_id") REFERENCES "public"."countries"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "organisations_locales" ADD CONSTRAINT "organisations_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users_roles" ADD CONSTRAINT "users_roles_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users_sessions" ADD CONSTRAINT "users_sessions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users_rels" ADD CONSTRAINT "users_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users_rels" ADD CONSTRAINT "users_rels_countries_fk" FOREIGN KEY ("countries_id") REFERENCES "public"."countries"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_locked_documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_practices_fk" FOREIGN KEY ("practices_id") REFERENCES "public"."practices"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_countries_fk" FOREIGN KEY ("countries_id") REFERENCES "public"."countries"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_organisations_fk" FOREIGN KEY ("organisations_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_preferences"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "practices_contexts_order_idx" ON "practices_contexts" USING btree ("order");
  CREATE INDEX "practices_contexts_parent_idx" ON "practices_contexts" USING btree ("parent_id");
  CREATE INDEX "practices_practice_types_order_idx" ON "practices_practice_types" USING btree ("order");
  CREATE INDEX "practices_practice_types_parent_idx" ON "practices_practice_types" USING btree ("parent_id");
  CREATE INDEX "practices_domains_order_idx" ON "practices_domains" USING btree ("order");
  CREATE INDEX "practices_domains_parent_idx" ON "practices_domains" USING btree ("parent_id");
  CREATE INDEX "practices_pathway_order_idx" ON "practices_pathway" USING btree ("_order");
  CREATE INDEX "practices_pathway_parent_id_idx" ON "practices_pathway" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "practices_pathway_locales_locale_parent_id_unique" ON "practices_pathway_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "practices_sources_order_idx" ON "practices_sources" USING btree ("_order");
  CREATE INDEX "practices_sources_parent_id_idx" ON "practices_sources" USING btree ("_parent_id");
  CREATE INDEX "practices_themes_order_idx" ON "practices_themes" USING btree ("order");
  CREATE INDEX "practices_themes_parent_idx" ON "practices_themes" USING btree ("parent_id");
  CREATE INDEX "practices_ict_functions_order_idx" ON "practices_ict_functions" USING btree ("order");
  CREATE INDEX "practices_ict_functions_parent_idx" ON "practices_ict_functions" USING btree ("parent_id");
  CREATE INDEX "practices_drivers_order_idx" ON "practices_drivers" USING btree ("order");
  CREATE INDEX "practices_drivers_parent_idx" ON "practices_drivers" USING btree ("parent_id");
  CREATE INDEX "practices_audiences_order_idx" ON "practices_audiences" USING btree ("order");
  CREATE INDEX "practices_audiences_parent_idx" ON "practices_audiences" USING btree ("parent_id");
  CREATE INDEX "practices_languages_order_idx" ON "practices_languages" USING btree ("order");
  CREATE INDEX "practices_languages_parent_idx" ON "practices_languages" USING btree ("parent_id");
  CREATE INDEX "practices_channels_order_idx" ON "practices_channels" USING btree ("order");
  CREATE INDEX "practices_channels_parent_idx" ON "practices_channels" USING btree ("parent_id");
  CREATE INDEX "practices_opening_hours_order_idx" ON "practices_opening_hours" USING btree ("_order");
  CREATE INDEX "practices_opening_hours_parent_id_idx" ON "practices_opening_hours" USING btree ("_parent_id");
  CREATE INDEX "practices_ict_features_order_idx" ON "practices_ict_features" USING btree ("order");
  CREATE INDEX "practices_ict_features_parent_idx" ON "practices_ict_features" USING btree ("parent_id");
  CREATE INDEX "practices_lmi_features_order_idx" ON "practices_lmi_features" USING btree ("order");
  CREATE INDEX "practices_lmi_features_parent_idx" ON "practices_lmi_features" USING btree ("parent_id");
  CREATE INDEX "practices_practitioner_support_order_idx" ON "practices_practitioner_support" USING btree ("order");
  CREATE INDEX "practices_practitioner_support_parent_idx" ON "practices_practitioner_support" USING btree ("parent_id");
  CREATE INDEX "practices_citizen_support_order_idx" ON "practices_citizen_support" USING btree ("order");
  CREATE INDEX "practices_citizen_support_parent_idx" ON "practices_citizen_support" USING btree ("parent_id");
  CREATE INDEX "practices_funding_types_order_idx" ON "practices_funding_types" USING btree ("order");
  CREATE INDEX "practices_funding_types_parent_idx" ON "practices_funding_types" USING btree ("parent_id");
  CREATE INDEX "practices_barriers_order_idx" ON "practices_barriers" USING btree ("order");
  CREATE INDEX "practices_barriers_parent_idx" ON "practices_barriers" USING btree ("parent_id");
  CREATE INDEX "practices_evaluated_order_idx" ON "practices_evaluated" USING btree ("order");
  CREATE INDEX "practices_evaluated_parent_idx" ON "practices_evaluated" USING btree ("parent_id");
  CREATE INDEX "practices_indicators_order_idx" ON "practices_indicators" USING btree ("_order");
  CREATE INDEX "practices_indicators_parent_id_idx" ON "practices_indicators" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "practices_indicators_locales_locale_parent_id_unique" ON "practices_indicators_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "practices_persons_order_idx" ON "practices_persons" USING btree ("_order");
  CREATE INDEX "practices_persons_parent_id_idx" ON "practices_persons" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "practices_persons_locales_locale_parent_id_unique" ON "practices_persons_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "practices_slug_idx" ON "practices" USING btree ("slug");
  CREATE INDEX "practices_country_idx" ON "practices" USING btree ("country_id");
  CREATE INDEX "practices_updated_at_idx" ON "practices" USING btree ("updated_at");
  CREATE INDEX "practices_created_at_idx" ON "practices" USING btree ("created_at");
  CREATE INDEX "practices__status_idx" ON "practices" USING btree ("_status");
  CREATE UNIQUE INDEX "practices_locales_locale_parent_id_unique" ON "practices_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "practices_rels_order_idx" ON "practices_rels" USING btree ("order");
  CREATE INDEX "practices_rels_parent_idx" ON "practices_rels" USING btree ("parent_id");
  CREATE INDEX "practices_rels_path_idx" ON "practices_rels" USING btree ("path");
  CREATE INDEX "practices_rels_organisations_id_idx" ON "practices_rels" USING btree ("organisations_id");
  CREATE INDEX "_practices_v_version_contexts_order_idx" ON "_practices_v_version_contexts" USING btree ("order");
  CREATE INDEX "_practices_v_version_contexts_parent_idx" ON "_practices_v_version_contexts" USING btree ("parent_id");
  CREATE INDEX "_practices_v_version_practice_types_order_idx" ON "_practices_v_version_practice_types" USING btree ("order");
  CREATE INDEX "_practices_v_version_practice_types_parent_idx" ON "_practices_v_version_practice_types" USING btree ("parent_id");
  CREATE INDEX "_practices_v_version_domains_order_idx" ON "_practices_v_version_domains" USING btree ("order");
  CREATE INDEX "_practices_v_version_domains_parent_idx" ON "_practices_v_version_domains" USING btree ("parent_id");
  CREATE INDEX "_practices_v_version_pathway_order_idx" ON "_practices_v_version_pathway" USING btree ("_order");
  CREATE INDEX "_practices_v_version_pathway_parent_id_idx" ON "_practices_v_version_pathway" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "_practices_v_version_pathway_locales_locale_parent_id_unique" ON "_practices_v_version_pathway_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_practices_v_version_sources_order_idx" ON "_practices_v_version_sources" USING btree ("_order");
  CREATE INDEX "_practices_v_version_sources_parent_id_idx" ON "_practices_v_version_sources" USING btree ("_parent_id");
  CREATE INDEX "_practices_v_version_themes_order_idx" ON "_practices_v_version_themes" USING btree ("order");
  CREATE INDEX "_practices_v_version_themes_parent_idx" ON "_practices_v_version_themes" USING btree ("parent_id");
  CREATE INDEX "_practices_v_version_ict_functions_order_idx" ON "_practices_v_version_ict_functions" USING btree ("order");
  CREATE INDEX "_practices_v_version_ict_functions_parent_idx" ON "_practices_v_version_ict_functions" USING btree ("parent_id");
  CREATE INDEX "_practices_v_version_drivers_order_idx" ON "_practices_v_version_drivers" USING btree ("order");
  CREATE INDEX "_practices_v_version_drivers_parent_idx" ON "_practices_v_version_drivers" USING btree ("parent_id");
  CREATE INDEX "_practices_v_version_audiences_order_idx" ON "_practices_v_version_audiences" USING btree ("order");
  CREATE INDEX "_practices_v_version_audiences_parent_idx" ON "_practices_v_version_audiences" USING btree ("parent_id");
  CREATE INDEX "_practices_v_version_languages_order_idx" ON "_practices_v_version_languages" USING btree ("order");
  CREATE INDEX "_practices_v_version_languages_parent_idx" ON "_practices_v_version_languages" USING btree ("parent_id");
  CREATE INDEX "_practices_v_version_channels_order_idx" ON "_practices_v_version_channels" USING btree ("order");
  CREATE INDEX "_practices_v_version_channels_parent_idx" ON "_practices_v_version_channels" USING btree ("parent_id");
  CREATE INDEX "_practices_v_version_opening_hours_order_idx" ON "_practices_v_version_opening_hours" USING btree ("_order");
  CREATE INDEX "_practices_v_version_opening_hours_parent_id_idx" ON "_practices_v_version_opening_hours" USING btree ("_parent_id");
  CREATE INDEX "_practices_v_version_ict_features_order_idx" ON "_practices_v_version_ict_features" USING btree ("order");
  CREATE INDEX "_practices_v_version_ict_features_parent_idx" ON "_practices_v_version_ict_features" USING btree ("parent_id");
  CREATE INDEX "_practices_v_version_lmi_features_order_idx" ON "_practices_v_version_lmi_features" USING btree ("order");
  CREATE INDEX "_practices_v_version_lmi_features_parent_idx" ON "_practices_v_version_lmi_features" USING btree ("parent_id");
  CREATE INDEX "_practices_v_version_practitioner_support_order_idx" ON "_practices_v_version_practitioner_support" USING btree ("order");
  CREATE INDEX "_practices_v_version_practitioner_support_parent_idx" ON "_practices_v_version_practitioner_support" USING btree ("parent_id");
  CREATE INDEX "_practices_v_version_citizen_support_order_idx" ON "_practices_v_version_citizen_support" USING btree ("order");
  CREATE INDEX "_practices_v_version_citizen_support_parent_idx" ON "_practices_v_version_citizen_support" USING btree ("parent_id");
  CREATE INDEX "_practices_v_version_funding_types_order_idx" ON "_practices_v_version_funding_types" USING btree ("order");
  CREATE INDEX "_practices_v_version_funding_types_parent_idx" ON "_practices_v_version_funding_types" USING btree ("parent_id");
  CREATE INDEX "_practices_v_version_barriers_order_idx" ON "_practices_v_version_barriers" USING btree ("order");
  CREATE INDEX "_practices_v_version_barriers_parent_idx" ON "_practices_v_version_barriers" USING btree ("parent_id");
  CREATE INDEX "_practices_v_version_evaluated_order_idx" ON "_practices_v_version_evaluated" USING btree ("order");
  CREATE INDEX "_practices_v_version_evaluated_parent_idx" ON "_practices_v_version_evaluated" USING btree ("parent_id");
  CREATE INDEX "_practices_v_version_indicators_order_idx" ON "_practices_v_version_indicators" USING btree ("_order");
  CREATE INDEX "_practices_v_version_indicators_parent_id_idx" ON "_practices_v_version_indicators" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "_practices_v_version_indicators_locales_locale_parent_id_uni" ON "_practices_v_version_indicators_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_practices_v_version_persons_order_idx" ON "_practices_v_version_persons" USING btree ("_order");
  CREATE INDEX "_practices_v_version_persons_parent_id_idx" ON "_practices_v_version_persons" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "_practices_v_version_persons_locales_locale_parent_id_unique" ON "_practices_v_version_persons_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_practices_v_parent_idx" ON "_practices_v" USING btree ("parent_id");
  CREATE INDEX "_practices_v_version_version_slug_idx" ON "_practices_v" USING btree ("version_slug");
  CREATE INDEX "_practices_v_version_version_country_idx" ON "_practices_v" USING btree ("version_country_id");
  CREATE INDEX "_practices_v_version_version_updated_at_idx" ON "_practices_v" USING btree ("version_updated_at");
  CREATE INDEX "_practices_v_version_version_created_at_idx" ON "_practices_v" USING btree ("version_created_at");
  CREATE INDEX "_practices_v_version_version__status_idx" ON "_practices_v" USING btree ("version__status");
  CREATE INDEX "_practices_v_created_at_idx" ON "_practices_v" USING btree ("created_at");
  CREATE INDEX "_practices_v_updated_at_idx" ON "_practices_v" USING btree ("updated_at");
  CREATE INDEX "_practices_v_snapshot_idx" ON "_practices_v" USING btree ("snapshot");
  CREATE INDEX "_practices_v_published_locale_idx" ON "_practices_v" USING btree ("published_locale");
  CREATE INDEX "_practices_v_latest_idx" ON "_practices_v" USING btree ("latest");
  CREATE UNIQUE INDEX "_practices_v_locales_locale_parent_id_unique" ON "_practices_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_practices_v_rels_order_idx" ON "_practices_v_rels" USING btree ("order");
  CREATE INDEX "_practices_v_rels_parent_idx" ON "_practices_v_rels" USING btree ("parent_id");
  CREATE INDEX "_practices_v_rels_path_idx" ON "_practices_v_rels" USING btree ("path");
  CREATE INDEX "_practices_v_rels_organisations_id_idx" ON "_practices_v_rels" USING btree ("organisations_id");
  CREATE INDEX "countries_updated_at_idx" ON "countries" USING btree ("updated_at");
  CREATE INDEX "countries_created_at_idx" ON "countries" USING btree ("created_at");
  CREATE UNIQUE INDEX "countries_locales_locale_parent_id_unique" ON "countries_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "organisations_slug_idx" ON "organisations" USING btree ("slug");
  CREATE INDEX "organisations_country_idx" ON "organisations" USING btree ("country_id");
  CREATE INDEX "organisations_updated_at_idx" ON "organisations" USING btree ("updated_at");
  CREATE INDEX "organisations_created_at_idx" ON "organisations" USING btree ("created_at");
  CREATE UNIQUE INDEX "organisations_locales_locale_parent_id_unique" ON "organisations_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "media_updated_at_idx" ON "media" USING btree ("updated_at");
  CREATE INDEX "media_created_at_idx" ON "media" USING btree ("created_at");
  CREATE UNIQUE INDEX "media_filename_idx" ON "media" USING btree ("filename");
  CREATE INDEX "users_roles_order_idx" ON "users_roles" USING btree ("order");
  CREATE INDEX "users_roles_parent_idx" ON "users_roles" USING btree ("parent_id");
  CREATE INDEX "users_sessions_order_idx" ON "users_sessions" USING btree ("_order");
  CREATE INDEX "users_sessions_parent_id_idx" ON "users_sessions" USING btree ("_parent_id");
  CREATE INDEX "users_updated_at_idx" ON "users" USING btree ("updated_at");
  CREATE INDEX "users_created_at_idx" ON "users" USING btree ("created_at");
  CREATE UNIQUE INDEX "users_email_idx" ON "users" USING btree ("email");
  CREATE INDEX "users_rels_order_idx" ON "users_rels" USING btree ("order");
  CREATE INDEX "users_rels_parent_idx" ON "users_rels" USING btree ("parent_id");
  CREATE INDEX "users_rels_path_idx" ON "users_rels" USING btree ("path");
  CREATE INDEX "users_rels_countries_id_idx" ON "users_rels" USING btree ("countries_id");
  CREATE UNIQUE INDEX "payload_kv_key_idx" ON "payload_kv" USING btree ("key");
  CREATE INDEX "payload_locked_documents_global_slug_idx" ON "payload_locked_documents" USING btree ("global_slug");
  CREATE INDEX "payload_locked_documents_updated_at_idx" ON "payload_locked_documents" USING btree ("updated_at");
  CREATE INDEX "payload_locked_documents_created_at_idx" ON "payload_locked_documents" USING btree ("created_at");
  CREATE INDEX "payload_locked_documents_rels_order_idx" ON "payload_locked_documents_rels" USING btree ("order");
  CREATE INDEX "payload_locked_documents_rels_parent_idx" ON "payload_locked_documents_rels" USING btree ("parent_id");
  CREATE INDEX "payload_locked_documents_rels_path_idx" ON "payload_locked_documents_rels" USING btree ("path");
  CREATE INDEX "payload_locked_documents_rels_practices_id_idx" ON "payload_locked_documents_rels" USING btree ("practices_id");
  CREATE INDEX "payload_locked_documents_rels_countries_id_idx" ON "payload_locked_documents_rels" USING btree ("countries_id");
  CREATE INDEX "payload_locked_documents_rels_organisations_id_idx" ON "payload_locked_documents_rels" USING btree ("organisations_id");
  CREATE INDEX "payload_locked_documents_rels_media_id_idx" ON "payload_locked_documents_rels" USING btree ("media_id");
  CREATE INDEX "payload_locked_documents_rels_users_id_idx" ON "payload_locked_documents_rels" USING btree ("users_id");
  CREATE INDEX "payload_preferences_key_idx" ON "payload_preferences" USING btree ("key");
  CREATE INDEX "payload_preferences_updated_at_idx" ON "payload_preferences" USING btree ("updated_at");
  CREATE INDEX "payload_preferences_created_at_idx" ON "payload_preferences" USING btree ("created_at");
  CREATE INDEX "payload_preferences_rels_order_idx" ON "payload_preferences_rels" USING btree ("order");
  CREATE INDEX "payload_preferences_rels_parent_idx" ON "payload_preferences_rels" USING btree ("parent_id");
  CREATE INDEX "payload_preferences_rels_path_idx" ON "payload_preferences_rels" USING btree ("path");
  CREATE INDEX "payload_preferences_rels_users_id_idx" ON "payload_preferences_rels" USING btree ("users_id");
  CREATE INDEX "payload_migrations_updated_at_idx" ON "payload_migrations" USING btree ("updated_at");
  CREATE INDEX "payload_migrations_created_at_idx" ON "payload_migrations" USING btree ("created_at");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "practices_contexts" CASCADE;
  DROP TABLE "practices_practice_types" CASCADE;
  DROP TABLE "practices_domains" CASCADE;
  DROP TABLE "practices_pathway" CASCADE;
  DROP TABLE "practices_pathway_locales" CASCADE;
  DROP TABLE "practices_sources" CASCADE;
  DROP TABLE "practices_themes" CASCADE;
  DROP TABLE "practices_ict_functions" CASCADE;
  DROP TABLE "practices_drivers" CASCADE;
  DROP TABLE "practices_audiences" CASCADE;
  DROP TABLE "practices_languages" CASCADE;
  DROP TABLE "practices_channels" CASCADE;
  DROP TABLE "practices_opening_hours" CASCADE;
  DROP TABLE "practices_ict_features" CASCADE;
  DROP TABLE "practices_lmi_features" CASCADE;
  DROP TABLE "practices_practitioner_support" CASCADE;
  DROP TABLE "practices_citizen_support" CASCADE;
  DROP TABLE "practices_funding_types" CASCADE;
  DROP TABLE "practices_barriers" CASCADE;
  DROP TABLE "practices_evaluated" CASCADE;
  DROP TABLE "practices_indicators" CASCADE;
  DROP TABLE "practices_indicators_locales" CASCADE;
  DROP TABLE "practices_persons" CASCADE;
  DROP TABLE "practices_persons_locales" CASCADE;
  DROP TABLE "practices" CASCADE;
  DROP TABLE "practices_locales" CASCADE;
  DROP TABLE "practices_rels" CASCADE;
  DROP TABLE "_practices_v_version_contexts" CASCADE;
  DROP TABLE "_practices_v_version_practice_types" CASCADE;
  DROP TABLE "_practices_v_version_domains" CASCADE;
  DROP TABLE "_practices_v_version_pathway" CASCADE;
  DROP TABLE "_practices_v_version_pathway_locales" CASCADE;
  DROP TABLE "_practices_v_version_sources" CASCADE;
  DROP TABLE "_practices_v_version_themes" CASCADE;
  DROP TABLE "_practices_v_version_ict_functions" CASCADE;
  DROP TABLE "_practices_v_version_drivers" CASCADE;
  DROP TABLE "_practices_v_version_audiences" CASCADE;
  DROP TABLE "_practices_v_version_languages" CASCADE;
  DROP TABLE "_practices_v_version_channels" CASCADE;
  DROP TABLE "_practices_v_version_opening_hours" CASCADE;
  DROP TABLE "_practices_v_version_ict_features" CASCADE;
  DROP TABLE "_practices_v_version_lmi_features" CASCADE;
  DROP TABLE "_practices_v_version_practitioner_support" CASCADE;
  DROP TABLE "_practices_v_version_citizen_support" CASCADE;
  DROP TABLE "_practices_v_version_funding_types" CASCADE;
  DROP TABLE "_practices_v_version_barriers" CASCADE;
  DROP TABLE "_practices_v_version_evaluated" CASCADE;
  DROP TABLE "_practices_v_version_indicators" CASCADE;
  DROP TABLE "_practices_v_version_indicators_locales" CASCADE;
  DROP TABLE "_practices_v_version_persons" CASCADE;
  DROP TABLE "_practices_v_version_persons_locales" CASCADE;
  DROP TABLE "_practices_v" CASCADE;
  DROP TABLE "_practices_v_locales" CASCADE;
  DROP TABLE "_practices_v_rels" CASCADE;
  DROP TABLE "countries" CASCADE;
  DROP TABLE "countries_locales" CASCADE;
  DROP TABLE "organisations" CASCADE;
  DROP TABLE "organisations_locales" CASCADE;
  DROP TABLE "media" CASCADE;
  DROP TABLE "users_roles" CASCADE;
  DROP TABLE "users_sessions" CASCADE;
  DROP TABLE "users" CASCADE;
  DROP TABLE "users_rels" CASCADE;
  DROP TABLE "payload_kv" CASCADE;
  DROP TABLE "payload_locked_documents" CASCADE;
  DROP TABLE "payload_locked_documents_rels" CASCADE;
  DROP TABLE "payload_preferences" CASCADE;
  DROP TABLE "payload_preferences_rels" CASCADE;
  DROP TABLE "payload_migrations" CASCADE;
  DROP TYPE "public"."_locales";
  DROP TYPE "public"."enum_practices_contexts";
  DROP TYPE "public"."enum_practices_practice_types";
  DROP TYPE "public"."enum_practices_domains";
  DROP TYPE "public"."enum_practices_themes";
  DROP TYPE "public"."enum_practices_ict_functions";
  DROP TYPE "public"."enum_practices_drivers";
  DROP TYPE "public"."enum_practices_audiences";
  DROP TYPE "public"."enum_practices_languages";
  DROP TYPE "public"."enum_practices_channels";
  DROP TYPE "public"."enum_practices_opening_hours_day";
  DROP TYPE "public"."enum_practices_ict_features";
  DROP TYPE "public"."enum_practices_lmi_features";
  DROP TYPE "public"."enum_practices_practitioner_support";
  DROP TYPE "public"."enum_practices_citizen_support";
  DROP TYPE "public"."enum_practices_funding_types";
  DROP TYPE "public"."enum_practices_barriers";
  DROP TYPE "public"."enum_practices_evaluated";
  DROP TYPE "public"."enum_practices_indicators_metric";
  DROP TYPE "public"."enum_practices_indicators_unit";
  DROP TYPE "public"."enum_practices_indicators_dimension";
  DROP TYPE "public"."enum_practices_original_language";
  DROP TYPE "public"."enum_practices_lifecycle";
  DROP TYPE "public"."enum_practices_modality";
  DROP TYPE "public"."enum_practices_policy_stage";
  DROP TYPE "public"."enum_practices_link_career_ed";
  DROP TYPE "public"."enum_practices_link_pes";
  DROP TYPE "public"."enum_practices_link_youth";
  DROP TYPE "public"."enum_practices_main_driver";
  DROP TYPE "public"."enum_practices_practitioner_role";
  DROP TYPE "public"."enum_practices_status";
  DROP TYPE "public"."enum__practices_v_version_contexts";
  DROP TYPE "public"."enum__practices_v_version_practice_types";
  DROP TYPE "public"."enum__practices_v_version_domains";
  DROP TYPE "public"."enum__practices_v_version_themes";
  DROP TYPE "public"."enum__practices_v_version_ict_functions";
  DROP TYPE "public"."enum__practices_v_version_drivers";
  DROP TYPE "public"."enum__practices_v_version_audiences";
  DROP TYPE "public"."enum__practices_v_version_languages";
  DROP TYPE "public"."enum__practices_v_version_channels";
  DROP TYPE "public"."enum__practices_v_version_opening_hours_day";
  DROP TYPE "public"."enum__practices_v_version_ict_features";
  DROP TYPE "public"."enum__practices_v_version_lmi_features";
  DROP TYPE "public"."enum__practices_v_version_practitioner_support";
  DROP TYPE "public"."enum__practices_v_version_citizen_support";
  DROP TYPE "public"."enum__practices_v_version_funding_types";
  DROP TYPE "public"."enum__practices_v_version_barriers";
  DROP TYPE "public"."enum__practices_v_version_evaluated";
  DROP TYPE "public"."enum__practices_v_version_indicators_metric";
  DROP TYPE "public"."enum__practices_v_version_indicators_unit";
  DROP TYPE "public"."enum__practices_v_version_indicators_dimension";
  DROP TYPE "public"."enum__practices_v_version_original_language";
  DROP TYPE "public"."enum__practices_v_version_lifecycle";
  DROP TYPE "public"."enum__practices_v_version_modality";
  DROP TYPE "public"."enum__practices_v_version_policy_stage";
  DROP TYPE "public"."enum__practices_v_version_link_career_ed";
  DROP TYPE "public"."enum__practices_v_version_link_pes";
  DROP TYPE "public"."enum__practices_v_version_link_youth";
  DROP TYPE "public"."enum__practices_v_version_main_driver";
  DROP TYPE "public"."enum__practices_v_version_practitioner_role";
  DROP TYPE "public"."enum__practices_v_version_status";
  DROP TYPE "public"."enum__practices_v_published_locale";
  DROP TYPE "public"."enum_countries_group";
  DROP TYPE "public"."enum_users_roles";`)
}
