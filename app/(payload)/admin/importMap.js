import { OpenReviewComments as OpenReviewComments_ba71d7229cd138404ff84f7e158b794e } from '../../../src/admin/workflow/OpenReviewComments'
import { CountryCell as CountryCell_c19a718a9b556002640fb2681f44c3f4 } from '../../../src/admin/CountryCell'
import { RscEntryLexicalCell as RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { RscEntryLexicalField as RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { LexicalDiffComponent as LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { InlineToolbarFeatureClient as InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HorizontalRuleFeatureClient as HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UploadFeatureClient as UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BlockquoteFeatureClient as BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { RelationshipFeatureClient as RelationshipFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { LinkFeatureClient as LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ChecklistFeatureClient as ChecklistFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { OrderedListFeatureClient as OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnorderedListFeatureClient as UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { IndentFeatureClient as IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { AlignFeatureClient as AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HeadingFeatureClient as HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ParagraphFeatureClient as ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { InlineCodeFeatureClient as InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SuperscriptFeatureClient as SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SubscriptFeatureClient as SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { StrikethroughFeatureClient as StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnderlineFeatureClient as UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BoldFeatureClient as BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ItalicFeatureClient as ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { MetricField as MetricField_e11f17442aabfb30d1e710425e199c36 } from '../../../src/admin/MetricField'
import { SourceField as SourceField_e3d5a1dcf6a2d5a35db069c5565d1d1a } from '../../../src/admin/SourceField'
import { WorkflowActions as WorkflowActions_73b95d884b5f8912119d459c70b2f448 } from '../../../src/admin/workflow/WorkflowActions'
import { RoundActions as RoundActions_6ec00c962208592daba2a64db624516c } from '../../../src/admin/rounds/RoundActions'
import { ApiKeyField as ApiKeyField_8ec2d69fa5581dd29d5001963003c150 } from '../../../src/admin/ApiKeyField'
import { BrandIcon as BrandIcon_dbbabbda182f8b6eb03956a311855aec } from '../../../src/admin/BrandIcon'
import { BrandLogo as BrandLogo_4d02a7ccd5d39208cb086e321e1a9263 } from '../../../src/admin/BrandLogo'
import { ReviewNavLinks as ReviewNavLinks_986982e8596b28648985618483075d22 } from '../../../src/admin/review/ReviewNavLinks'
import { RoundsNavLink as RoundsNavLink_8441c030a22c6376b907b58aaf0d69e2 } from '../../../src/admin/rounds/RoundsNavLink'
import { ImportNavLink as ImportNavLink_b84af18d05d0d4c30f24276de29d41d0 } from '../../../src/admin/ImportNavLink'
import { MailNavLink as MailNavLink_3491318313a107ccb1af754707980890 } from '../../../src/admin/MailNavLink'
import { WorkflowDashboard as WorkflowDashboard_283799de1450ce5920b98d75960f79d6 } from '../../../src/admin/workflow/WorkflowDashboard'
import { ImportView as ImportView_df4d571d8844e70957d7b5cd6137b186 } from '../../../src/admin/ImportView'
import { MailView as MailView_6a0333760e7be8155aab03f8ec0ba80a } from '../../../src/admin/MailView'
import { ReviewQueueView as ReviewQueueView_014083ca37a411cf97464604a6b51580 } from '../../../src/admin/review/ReviewQueueView'
import { DifferenceView as DifferenceView_9ef5f9015bc5105bb8eba7cebed08f67 } from '../../../src/admin/review/DifferenceView'
import { CountryPracticesView as CountryPracticesView_02a760ce62794e96b740893050a2f45d } from '../../../src/admin/review/CountryPracticesView'
import { RoundProgressView as RoundProgressView_e5d0f5e28ced9b6c7a8f128a3625388a } from '../../../src/admin/rounds/RoundProgressView'
import { CollectionCards as CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1 } from '@payloadcms/next/rsc'

/** @type import('payload').ImportMap */
export const importMap = {
  "/src/admin/workflow/OpenReviewComments#OpenReviewComments": OpenReviewComments_ba71d7229cd138404ff84f7e158b794e,
  "/src/admin/CountryCell#CountryCell": CountryCell_c19a718a9b556002640fb2681f44c3f4,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalCell": RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalField": RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#LexicalDiffComponent": LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/client#InlineToolbarFeatureClient": InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HorizontalRuleFeatureClient": HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UploadFeatureClient": UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BlockquoteFeatureClient": BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#RelationshipFeatureClient": RelationshipFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#LinkFeatureClient": LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ChecklistFeatureClient": ChecklistFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#OrderedListFeatureClient": OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnorderedListFeatureClient": UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#IndentFeatureClient": IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#AlignFeatureClient": AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HeadingFeatureClient": HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ParagraphFeatureClient": ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#InlineCodeFeatureClient": InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SuperscriptFeatureClient": SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SubscriptFeatureClient": SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#StrikethroughFeatureClient": StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnderlineFeatureClient": UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BoldFeatureClient": BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ItalicFeatureClient": ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "/src/admin/MetricField#MetricField": MetricField_e11f17442aabfb30d1e710425e199c36,
  "/src/admin/SourceField#SourceField": SourceField_e3d5a1dcf6a2d5a35db069c5565d1d1a,
  "/src/admin/workflow/WorkflowActions#WorkflowActions": WorkflowActions_73b95d884b5f8912119d459c70b2f448,
  "/src/admin/rounds/RoundActions#RoundActions": RoundActions_6ec00c962208592daba2a64db624516c,
  "/src/admin/ApiKeyField#ApiKeyField": ApiKeyField_8ec2d69fa5581dd29d5001963003c150,
  "/src/admin/BrandIcon#BrandIcon": BrandIcon_dbbabbda182f8b6eb03956a311855aec,
  "/src/admin/BrandLogo#BrandLogo": BrandLogo_4d02a7ccd5d39208cb086e321e1a9263,
  "/src/admin/review/ReviewNavLinks#ReviewNavLinks": ReviewNavLinks_986982e8596b28648985618483075d22,
  "/src/admin/rounds/RoundsNavLink#RoundsNavLink": RoundsNavLink_8441c030a22c6376b907b58aaf0d69e2,
  "/src/admin/ImportNavLink#ImportNavLink": ImportNavLink_b84af18d05d0d4c30f24276de29d41d0,
  "/src/admin/MailNavLink#MailNavLink": MailNavLink_3491318313a107ccb1af754707980890,
  "/src/admin/workflow/WorkflowDashboard#WorkflowDashboard": WorkflowDashboard_283799de1450ce5920b98d75960f79d6,
  "/src/admin/ImportView#ImportView": ImportView_df4d571d8844e70957d7b5cd6137b186,
  "/src/admin/MailView#MailView": MailView_6a0333760e7be8155aab03f8ec0ba80a,
  "/src/admin/review/ReviewQueueView#ReviewQueueView": ReviewQueueView_014083ca37a411cf97464604a6b51580,
  "/src/admin/review/DifferenceView#DifferenceView": DifferenceView_9ef5f9015bc5105bb8eba7cebed08f67,
  "/src/admin/review/CountryPracticesView#CountryPracticesView": CountryPracticesView_02a760ce62794e96b740893050a2f45d,
  "/src/admin/rounds/RoundProgressView#RoundProgressView": RoundProgressView_e5d0f5e28ced9b6c7a8f128a3625388a,
  "@payloadcms/next/rsc#CollectionCards": CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1
}
