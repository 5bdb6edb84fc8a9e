import * as migration_20261122_171838_initial from './20261122_171838_initial';
import * as migration_20261122_173809_catalogue_search from './20261122_173809_catalogue_search';
import * as migration_20261122_180000_catalogue_generation from './20261122_180000_catalogue_generation';
import * as migration_20261122_180616_assessments from './20261122_180616_assessments';
import * as migration_20261122_195156_input_digest from './20261122_195156_input_digest';
import * as migration_20261122_203000_locale_parent_indexes from './20261122_203000_locale_parent_indexes';
import * as migration_20261129_230000_security from './20261129_230000_security';
import * as migration_20261129_231555_mainfocus_erasmus from './20261129_231555_mainfocus_erasmus';
import * as migration_20261130_012707_workflow_state from './20261130_012707_workflow_state';
import * as migration_20261130_012943_metrics from './20261130_012943_metrics';
import * as migration_20261130_013106_user_language from './20261130_013106_user_language';
import * as migration_20261130_015500_user_name from './20261130_015500_user_name';
import * as migration_20261130_023735_euro_unit from './20261130_023735_euro_unit';
import * as migration_20261130_042301_rounds from './20261130_042301_rounds';
import * as migration_20261130_043524_round_reminders from './20261130_043524_round_reminders';
import * as migration_20261130_090000_practice_search from './20261130_090000_practice_search';
import * as migration_20261130_091123_deferred_masks from './20261130_091123_deferred_masks';
import * as migration_20261130_140000_search_document_in_trigger from './20261130_140000_search_document_in_trigger';

export const migrations = [
  {
    up: migration_20261122_171838_initial.up,
    down: migration_20261122_171838_initial.down,
    name: '20261122_171838_initial',
  },
  {
    up: migration_20261122_173809_catalogue_search.up,
    down: migration_20261122_173809_catalogue_search.down,
    name: '20261122_173809_catalogue_search',
  },
  {
    up: migration_20261122_180000_catalogue_generation.up,
    down: migration_20261122_180000_catalogue_generation.down,
    name: '20261122_180000_catalogue_generation',
  },
  {
    up: migration_20261122_180616_assessments.up,
    down: migration_20261122_180616_assessments.down,
    name: '20261122_180616_assessments',
  },
  {
    up: migration_20261122_195156_input_digest.up,
    down: migration_20261122_195156_input_digest.down,
    name: '20261122_195156_input_digest',
  },
  {
    up: migration_20261122_203000_locale_parent_indexes.up,
    down: migration_20261122_203000_locale_parent_indexes.down,
    name: '20261122_203000_locale_parent_indexes',
  },
  {
    up: migration_20261129_230000_security.up,
    down: migration_20261129_230000_security.down,
    name: '20261129_230000_security',
  },
  {
    up: migration_20261129_231555_mainfocus_erasmus.up,
    down: migration_20261129_231555_mainfocus_erasmus.down,
    name: '20261129_231555_mainfocus_erasmus',
  },
  {
    up: migration_20261130_012707_workflow_state.up,
    down: migration_20261130_012707_workflow_state.down,
    name: '20261130_012707_workflow_state',
  },
  {
    up: migration_20261130_012943_metrics.up,
    down: migration_20261130_012943_metrics.down,
    name: '20261130_012943_metrics',
  },
  {
    up: migration_20261130_013106_user_language.up,
    down: migration_20261130_013106_user_language.down,
    name: '20261130_013106_user_language',
  },
  {
    up: migration_20261130_015500_user_name.up,
    down: migration_20261130_015500_user_name.down,
    name: '20261130_015500_user_name',
  },
  {
    up: migration_20261130_023735_euro_unit.up,
    down: migration_20261130_023735_euro_unit.down,
    name: '20261130_023735_euro_unit',
  },
  {
    up: migration_20261130_042301_rounds.up,
    down: migration_20261130_042301_rounds.down,
    name: '20261130_042301_rounds',
  },
  {
    up: migration_20261130_043524_round_reminders.up,
    down: migration_20261130_043524_round_reminders.down,
    name: '20261130_043524_round_reminders',
  },
  {
    up: migration_20261130_090000_practice_search.up,
    down: migration_20261130_090000_practice_search.down,
    name: '20261130_090000_practice_search',
  },
  {
    up: migration_20261130_091123_deferred_masks.up,
    down: migration_20261130_091123_deferred_masks.down,
    name: '20261130_091123_deferred_masks',
  },
  {
    up: migration_20261130_140000_search_document_in_trigger.up,
    down: migration_20261130_140000_search_document_in_trigger.down,
    name: '20261130_140000_search_document_in_trigger',
  },
];
