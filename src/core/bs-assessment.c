/* bs-assessment.c: one self-evaluation against a framework
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "blendscan-core"

#include "config.h"

#include "bs-assessment-private.h"
#include "bs-answer-private.h"
#include "bs-date.h"
#include "bs-text.h"

G_DEFINE_FINAL_TYPE (BsAssessment, bs_assessment, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_FRAMEWORK,
  PROP_TITLE,
  PROP_INSTITUTION,
  PROP_UNIT,
  PROP_UNIT_LEVEL,
  PROP_DATE,
  PROP_FACILITATOR,
  PROP_LEVELS,
  PROP_RESPONDENT_ID,
  PROP_RESPONDENT_NAME,
  PROP_RESPONDENT_ROLE,
  N_PROPS
};

enum {
  CHANGED,
  ANSWER_CHANGED,
  REFLECTION_CHANGED,
  N_SIGNALS
};

static GParamSpec *properties [N_PROPS];
static guint signals [N_SIGNALS];

static void
emit_changed (BsAssessment *self)
{
  g_signal_emit (self, signals [CHANGED], 0);
}

static void
set_string (BsAssessment  *self,
            char         **field,
            const char    *value,
            guint          prop)
{
  g_autofree char *clean = bs_text_clean (value);

  if (clean != NULL && clean[0] == '\0')
    g_clear_pointer (&clean, g_free);

  if (g_strcmp0 (*field, clean) == 0)
    return;

  g_free (*field);
  *field = g_steal_pointer (&clean);
  g_object_notify_by_pspec (G_OBJECT (self), properties [prop]);
  emit_changed (self);
}

static void
object_notify_cb (BsAssessment *self)
{
  emit_changed (self);
}

static void
items_changed_cb (BsAssessment *self)
{
  emit_changed (self);
}

/* Every part of an assessment reports its changes through the one
 * BsAssessment::changed signal, so that a window needs one handler to know
 * it has unsaved work. */
void
_bs_assessment_watch (BsAssessment *self,
                      gpointer      object)
{
  g_signal_connect_object (object, "notify", G_CALLBACK (object_notify_cb),
                           self, G_CONNECT_SWAPPED);
}

static void
bs_assessment_constructed (GObject *object)
{
  BsAssessment *self = (BsAssessment *) object;

  G_OBJECT_CLASS (bs_assessment_parent_class)->constructed (object);

  g_return_if_fail (BS_IS_FRAMEWORK (self->framework));

  self->team = bs_team_new (self->framework);
  g_signal_connect_object (self->team, "changed",
                           G_CALLBACK (items_changed_cb), self, G_CONNECT_SWAPPED);
}

static void
bs_assessment_dispose (GObject *object)
{
  BsAssessment *self = (BsAssessment *) object;

  g_clear_object (&self->participants);
  g_clear_object (&self->actions);
  g_clear_pointer (&self->answers, g_hash_table_unref);
  g_clear_pointer (&self->dimension_notes, g_hash_table_unref);
  g_clear_object (&self->team);
  g_clear_object (&self->baseline);
  g_clear_object (&self->framework);

  G_OBJECT_CLASS (bs_assessment_parent_class)->dispose (object);
}

static void
bs_assessment_finalize (GObject *object)
{
  BsAssessment *self = (BsAssessment *) object;

  g_free (self->title);
  g_free (self->institution);
  g_free (self->unit);
  g_free (self->unit_level);
  g_free (self->date);
  g_free (self->facilitator);
  g_free (self->respondent_id);
  g_free (self->respondent_name);
  g_free (self->respondent_role);
  g_free (self->file_framework_version);
  g_strfreev (self->levels);
  g_clear_pointer (&self->reflections, g_hash_table_unref);
  g_clear_pointer (&self->reserved, xmlFreeDoc);

  G_OBJECT_CLASS (bs_assessment_parent_class)->finalize (object);
}

static void
bs_assessment_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  BsAssessment *self = BS_ASSESSMENT (object);

  switch (prop_id)
    {
    case PROP_FRAMEWORK:
      g_value_set_object (value, self->framework);
      break;

    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;

    case PROP_INSTITUTION:
      g_value_set_string (value, self->institution);
      break;

    case PROP_UNIT:
      g_value_set_string (value, self->unit);
      break;

    case PROP_UNIT_LEVEL:
      g_value_set_string (value, self->unit_level);
      break;

    case PROP_DATE:
      g_value_set_string (value, self->date);
      break;

    case PROP_FACILITATOR:
      g_value_set_string (value, self->facilitator);
      break;

    case PROP_LEVELS:
      g_value_set_boxed (value, self->levels);
      break;

    case PROP_RESPONDENT_ID:
      g_value_set_string (value, self->respondent_id);
      break;

    case PROP_RESPONDENT_NAME:
      g_value_set_string (value, self->respondent_name);
      break;

    case PROP_RESPONDENT_ROLE:
      g_value_set_string (value, self->respondent_role);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bs_assessment_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  BsAssessment *self = BS_ASSESSMENT (object);

  switch (prop_id)
    {
    case PROP_FRAMEWORK:
      self->framework = g_value_dup_object (value);
      break;

    case PROP_TITLE:
      bs_assessment_set_title (self, g_value_get_string (value));
      break;

    case PROP_INSTITUTION:
      bs_assessment_set_institution (self, g_value_get_string (value));
      break;

    case PROP_UNIT:
      bs_assessment_set_unit (self, g_value_get_string (value));
      break;

    case PROP_UNIT_LEVEL:
      bs_assessment_set_unit_level (self, g_value_get_string (value));
      break;

    case PROP_DATE:
      bs_assessment_set_date (self, g_value_get_string (value));
      break;

    case PROP_FACILITATOR:
      bs_assessment_set_facilitator (self, g_value_get_string (value));
      break;

    case PROP_LEVELS:
      bs_assessment_set_levels (self, g_value_get_boxed (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bs_assessment_class_init (BsAssessmentClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = bs_assessment_constructed;
  object_class->dispose = bs_assessment_dispose;
  object_class->finalize = bs_assessment_finalize;
  object_class->get_property = bs_assessment_get_property;
  object_class->set_property = bs_assessment_set_property;

  properties [PROP_FRAMEWORK] =
    g_param_spec_object ("framework", NULL, NULL, BS_TYPE_FRAMEWORK,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties [PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties [PROP_INSTITUTION] =
    g_param_spec_string ("institution", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties [PROP_UNIT] =
    g_param_spec_string ("unit", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties [PROP_UNIT_LEVEL] =
    g_param_spec_string ("unit-level", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties [PROP_DATE] =
    g_param_spec_string ("date", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties [PROP_FACILITATOR] =
    g_param_spec_string ("facilitator", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties [PROP_LEVELS] =
    g_param_spec_boxed ("levels", NULL, NULL, G_TYPE_STRV,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /* Read-only: bs_assessment_set_respondent() sets all three at once. */
  properties [PROP_RESPONDENT_ID] =
    g_param_spec_string ("respondent-id", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties [PROP_RESPONDENT_NAME] =
    g_param_spec_string ("respondent-name", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties [PROP_RESPONDENT_ROLE] =
    g_param_spec_string ("respondent-role", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * BsAssessment::changed:
   *
   * Emitted after anything in the assessment changed: its details, an
   * answer, dimension notes, the participants, the action plan, a
   * reflection, or the team (BsTeam::changed: respondents, their answers,
   * agreed answers). It is what "unsaved changes" listens to.
   */
  signals [CHANGED] =
    g_signal_new ("changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);

  /**
   * BsAssessment::answer-changed:
   * @answer: the answer
   *
   * Emitted after a property of one of the answers changed, detailed by the
   * property's name: a score that depends on the stages only connects to
   * `answer-changed::value`, and a keystroke in a note does not reach it.
   */
  signals [ANSWER_CHANGED] =
    g_signal_new ("answer-changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST | G_SIGNAL_DETAILED,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, BS_TYPE_ANSWER);

  /**
   * BsAssessment::reflection-changed:
   * @question_id: the question whose answer changed
   *
   * Emitted after the answer to a reflection question changed.
   */
  signals [REFLECTION_CHANGED] =
    g_signal_new ("reflection-changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_STRING);
}

static void
bs_assessment_init (BsAssessment *self)
{
  self->levels = g_new0 (char *, 1);
  self->participants = g_list_store_new (BS_TYPE_PARTICIPANT);
  self->actions = g_list_store_new (BS_TYPE_ACTION);
  self->answers = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, _bs_answer_unwatch_unref);
  self->dimension_notes = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
  self->reflections = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);

  g_signal_connect_object (self->participants, "items-changed",
                           G_CALLBACK (items_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->actions, "items-changed",
                           G_CALLBACK (items_changed_cb), self, G_CONNECT_SWAPPED);
}

/**
 * bs_assessment_new:
 * @framework: the framework to assess against
 *
 * Returns: (transfer full): an empty assessment that includes every level
 *   of @framework
 */
BsAssessment *
bs_assessment_new (BsFramework *framework)
{
  BsAssessment *self;
  GListModel *levels;
  guint n;

  g_return_val_if_fail (BS_IS_FRAMEWORK (framework), NULL);

  self = g_object_new (BS_TYPE_ASSESSMENT, "framework", framework, NULL);

  levels = bs_framework_get_levels (framework);
  n = g_list_model_get_n_items (levels);
  g_strfreev (self->levels);
  self->levels = g_new0 (char *, n + 1);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(BsLevel) level = g_list_model_get_item (levels, i);

      self->levels[i] = g_strdup (bs_level_get_id (level));
    }

  return self;
}

BsFramework *
bs_assessment_get_framework (BsAssessment *self)
{
  g_return_val_if_fail (BS_IS_ASSESSMENT (self), NULL);

  return self->framework;
}

const char *
bs_assessment_get_title (BsAssessment *self)
{
  g_return_val_if_fail (BS_IS_ASSESSMENT (self), NULL);

  return self->title;
}

void
bs_assessment_set_title (BsAssessment *self,
                         const char   *title)
{
  g_return_if_fail (BS_IS_ASSESSMENT (self));

  set_string (self, &self->title, title, PROP_TITLE);
}

const char *
bs_assessment_get_institution (BsAssessment *self)
{
  g_return_val_if_fail (BS_IS_ASSESSMENT (self), NULL);

  return self->institution;
}

void
bs_assessment_set_institution (BsAssessment *self,
                               const char   *institution)
{
  g_return_if_fail (BS_IS_ASSESSMENT (self));

  set_string (self, &self->institution, institution, PROP_INSTITUTION);
}

const char *
bs_assessment_get_unit (BsAssessment *self)
{
  g_return_val_if_fail (BS_IS_ASSESSMENT (self), NULL);

  return self->unit;
}

void
bs_assessment_set_unit (BsAssessment *self,
                        const char   *unit)
{
  g_return_if_fail (BS_IS_ASSESSMENT (self));

  set_string (self, &self->unit, unit, PROP_UNIT);
}

const char *
bs_assessment_get_unit_level (BsAssessment *self)
{
  g_return_val_if_fail (BS_IS_ASSESSMENT (self), NULL);

  return self->unit_level;
}

void
bs_assessment_set_unit_level (BsAssessment *self,
                              const char   *level_id)
{
  g_return_if_fail (BS_IS_ASSESSMENT (self));

  set_string (self, &self->unit_level, level_id, PROP_UNIT_LEVEL);
}

const char *
bs_assessment_get_date (BsAssessment *self)
{
  g_return_val_if_fail (BS_IS_ASSESSMENT (self), NULL);

  return self->date;
}

/**
 * bs_assessment_set_date:
 * @iso_date: (nullable): a date as YYYY-MM-DD, or %NULL or "" for none
 *
 * Only a date that passes bs_date_is_valid_iso() is accepted, so that the
 * file opens again; callers check what the user typed with it first.
 * Anything else is a programmer error: it is refused with a critical
 * warning and the date stays as it was.
 */
void
bs_assessment_set_date (BsAssessment *self,
                        const char   *iso_date)
{
  g_return_if_fail (BS_IS_ASSESSMENT (self));
  g_return_if_fail (iso_date == NULL || iso_date[0] == '\0' || bs_date_is_valid_iso (iso_date));

  set_string (self, &self->date, iso_date, PROP_DATE);
}

const char *
bs_assessment_get_facilitator (BsAssessment *self)
{
  g_return_val_if_fail (BS_IS_ASSESSMENT (self), NULL);

  return self->facilitator;
}

void
bs_assessment_set_facilitator (BsAssessment *self,
                               const char   *facilitator)
{
  g_return_if_fail (BS_IS_ASSESSMENT (self));

  set_string (self, &self->facilitator, facilitator, PROP_FACILITATOR);
}

/**
 * bs_assessment_get_levels:
 *
 * Returns: (transfer none): the ids of the included levels, in the order of
 *   the framework
 */
const char * const *
bs_assessment_get_levels (BsAssessment *self)
{
  g_return_val_if_fail (BS_IS_ASSESSMENT (self), NULL);

  return (const char * const *) self->levels;
}

/**
 * bs_assessment_set_levels:
 * @level_ids: ids of levels of the framework
 *
 * Sets which levels are included. They are kept in the framework's order
 * whatever order they are given in. Answers to statements of levels left
 * out are kept, so that including a level again brings them back.
 */
void
bs_assessment_set_levels (BsAssessment       *self,
                          const char * const *level_ids)
{
  GListModel *levels;
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) sorted = NULL;

  g_return_if_fail (BS_IS_ASSESSMENT (self));

  levels = bs_framework_get_levels (self->framework);
  for (guint i = 0; i < g_list_model_get_n_items (levels); i++)
    {
      g_autoptr(BsLevel) level = g_list_model_get_item (levels, i);

      if (level_ids != NULL && g_strv_contains (level_ids, bs_level_get_id (level)))
        g_strv_builder_add (builder, bs_level_get_id (level));
    }

  sorted = g_strv_builder_end (builder);
  if (g_strv_equal ((const char * const *) sorted, (const char * const *) self->levels))
    return;

  g_strfreev (self->levels);
  self->levels = g_steal_pointer (&sorted);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_LEVELS]);
  emit_changed (self);
}

gboolean
bs_assessment_includes_level (BsAssessment *self,
                              const char   *level_id)
{
  g_return_val_if_fail (BS_IS_ASSESSMENT (self), FALSE);
  g_return_val_if_fail (level_id != NULL, FALSE);

  return g_strv_contains ((const char * const *) self->levels, level_id);
}

/**
 * bs_assessment_includes_reflection:
 *
 * Whether the assessment asks the questions of @reflection: a set without a
 * level (<reflection> without level="…") is asked by every assessment, one
 * for a level only by an assessment that includes that level. Answers to
 * the others are kept while the assessment is open, like answers to a
 * left-out level, but neither shown nor saved.
 */
gboolean
bs_assessment_includes_reflection (BsAssessment *self,
                                   BsReflection *reflection)
{
  const char *level_id;

  g_return_val_if_fail (BS_IS_ASSESSMENT (self), FALSE);
  g_return_val_if_fail (BS_IS_REFLECTION (reflection), FALSE);

  level_id = bs_reflection_get_level_id (reflection);
  return level_id == NULL || bs_assessment_includes_level (self, level_id);
}

/**
 * bs_assessment_list_reflections:
 *
 * Returns: (transfer container) (element-type BsReflection): the sets of
 *   reflection questions this assessment asks, in the framework's order
 *   (see bs_assessment_includes_reflection())
 */
GPtrArray *
bs_assessment_list_reflections (BsAssessment *self)
{
  GListModel *reflections;
  GPtrArray *list;

  g_return_val_if_fail (BS_IS_ASSESSMENT (self), NULL);

  reflections = bs_framework_get_reflections (self->framework);
  list = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < g_list_model_get_n_items (reflections); i++)
    {
      BsReflection *reflection = g_list_model_get_item (reflections, i);

      if (bs_assessment_includes_reflection (self, reflection))
        g_ptr_array_add (list, reflection);
      else
        g_object_unref (reflection);
    }

  return list;
}

/**
 * bs_assessment_includes_question:
 *
 * Returns: whether @question_id is a reflection question of the framework
 *   that this assessment asks (see bs_assessment_includes_reflection())
 */
gboolean
bs_assessment_includes_question (BsAssessment *self,
                                 const char   *question_id)
{
  BsQuestion *question;
  BsReflection *reflection;

  g_return_val_if_fail (BS_IS_ASSESSMENT (self), FALSE);

  question = bs_framework_lookup_question (self->framework, question_id);
  if (question == NULL)
    return FALSE;

  reflection = bs_framework_lookup_reflection (self->framework, bs_question_get_reflection_id (question));
  return reflection != NULL && bs_assessment_includes_reflection (self, reflection);
}

/**
 * bs_assessment_get_participants:
 *
 * Returns: (transfer none): a #GListModel of #BsParticipant
 */
GListModel *
bs_assessment_get_participants (BsAssessment *self)
{
  g_return_val_if_fail (BS_IS_ASSESSMENT (self), NULL);

  return G_LIST_MODEL (self->participants);
}

void
bs_assessment_add_participant (BsAssessment *self,
                               const char   *name,
                               const char   *role)
{
  g_autoptr(BsParticipant) participant = NULL;

  g_return_if_fail (BS_IS_ASSESSMENT (self));

  participant = bs_participant_new ();
  bs_participant_set_name (participant, name);
  bs_participant_set_role (participant, role);
  _bs_assessment_watch (self, participant);
  g_list_store_append (self->participants, participant);
}

void
bs_assessment_remove_participant (BsAssessment *self,
                                  guint         position)
{
  g_return_if_fail (BS_IS_ASSESSMENT (self));
  g_return_if_fail (position < g_list_model_get_n_items (G_LIST_MODEL (self->participants)));

  g_list_store_remove (self->participants, position);
}

/**
 * bs_assessment_lookup_answer:
 *
 * Returns: (transfer none) (nullable): the answer to @statement_id, if any
 */
BsAnswer *
bs_assessment_lookup_answer (BsAssessment *self,
                             const char   *statement_id)
{
  g_return_val_if_fail (BS_IS_ASSESSMENT (self), NULL);
  g_return_val_if_fail (statement_id != NULL, NULL);

  return g_hash_table_lookup (self->answers, statement_id);
}

static void
answer_notify_cb (BsAnswer   *answer,
                  GParamSpec *pspec,
                  gpointer    data)
{
  BsAssessment *self = data;

  g_assert (BS_IS_ANSWER (answer));
  g_assert (BS_IS_ASSESSMENT (self));

  /* What _bs_assessment_watch() would do, first, as before. */
  emit_changed (self);
  g_signal_emit (self, signals [ANSWER_CHANGED], g_param_spec_get_name_quark (pspec), answer);
}

/* Takes a filled-in answer; watching starts only now, so that filling it
 * in while a file loads does not emit ::changed for every field. */
BsAnswer *
_bs_assessment_take_answer (BsAssessment *self,
                            BsAnswer     *answer)
{
  _bs_answer_set_watch (answer, answer_notify_cb, self);
  g_hash_table_insert (self->answers, g_strdup (bs_answer_get_statement_id (answer)), answer);

  return answer;
}

/**
 * bs_assessment_get_answer:
 *
 * Gets the answer to @statement_id, making an empty one when there is none
 * yet, so that widgets can bind to it before anything is filled in.
 *
 * Returns: (transfer none): the answer
 */
BsAnswer *
bs_assessment_get_answer (BsAssessment *self,
                          const char   *statement_id)
{
  BsAnswer *answer;

  g_return_val_if_fail (BS_IS_ASSESSMENT (self), NULL);
  g_return_val_if_fail (bs_framework_lookup_statement (self->framework, statement_id) != NULL, NULL);

  answer = g_hash_table_lookup (self->answers, statement_id);
  if (answer == NULL)
    answer = _bs_assessment_take_answer (self, bs_answer_new (statement_id));

  return answer;
}

/**
 * bs_assessment_set_value:
 * @value: a stage of the scale, %BS_VALUE_NOT_APPLICABLE,
 *   %BS_VALUE_UNKNOWN or %BS_VALUE_NONE
 */
void
bs_assessment_set_value (BsAssessment *self,
                         const char   *statement_id,
                         int           value)
{
  g_return_if_fail (BS_IS_ASSESSMENT (self));
  g_return_if_fail (value >= BS_VALUE_UNKNOWN);
  g_return_if_fail (value <= (int) bs_framework_get_n_stages (self->framework));

  bs_answer_set_value (bs_assessment_get_answer (self, statement_id), value);
}

/**
 * bs_assessment_get_dimension_notes:
 *
 * Returns: (transfer none): the notes for a dimension of a level, made
 *   empty when there are none yet
 */
BsDimensionNotes *
bs_assessment_get_dimension_notes (BsAssessment *self,
                                   const char   *level_id,
                                   const char   *dimension_id)
{
  g_autofree char *key = NULL;
  BsDimensionNotes *notes;

  g_return_val_if_fail (BS_IS_ASSESSMENT (self), NULL);
  g_return_val_if_fail (bs_framework_lookup_dimension (self->framework, level_id, dimension_id) != NULL, NULL);

  key = _bs_dimension_key (level_id, dimension_id);
  notes = g_hash_table_lookup (self->dimension_notes, key);
  if (notes == NULL)
    {
      notes = bs_dimension_notes_new (level_id, dimension_id);
      _bs_assessment_watch (self, notes);
      g_hash_table_insert (self->dimension_notes, g_steal_pointer (&key), notes);
    }

  return notes;
}

/**
 * bs_assessment_get_dimension_target:
 *
 * Returns: the target set for the dimension itself, or 0 when none is
 *   (then its statements' targets make its target: bs_score_dimension_target())
 */
guint
bs_assessment_get_dimension_target (BsAssessment *self,
                                    const char   *level_id,
                                    const char   *dimension_id)
{
  g_autofree char *key = NULL;
  BsDimensionNotes *notes;

  g_return_val_if_fail (BS_IS_ASSESSMENT (self), 0);
  g_return_val_if_fail (level_id != NULL && dimension_id != NULL, 0);

  key = _bs_dimension_key (level_id, dimension_id);
  notes = g_hash_table_lookup (self->dimension_notes, key);
  return notes != NULL ? bs_dimension_notes_get_target (notes) : 0;
}

/**
 * bs_assessment_set_dimension_target:
 * @target: a stage of the framework's scale, or 0 for none
 *
 * Sets the dimension's own target, which wins over the mean of its
 * statements' targets.
 */
void
bs_assessment_set_dimension_target (BsAssessment *self,
                                    const char   *level_id,
                                    const char   *dimension_id,
                                    guint         target)
{
  g_return_if_fail (BS_IS_ASSESSMENT (self));
  g_return_if_fail (target <= bs_framework_get_n_stages (self->framework));

  bs_dimension_notes_set_target (bs_assessment_get_dimension_notes (self, level_id, dimension_id), target);
}

/**
 * bs_assessment_count_carried_over:
 *
 * Returns: the number of answers whose note or evidence is still marked as
 *   carried over from the previous cycle
 */
guint
bs_assessment_count_carried_over (BsAssessment *self)
{
  GHashTableIter iter;
  gpointer value;
  guint n = 0;

  g_return_val_if_fail (BS_IS_ASSESSMENT (self), 0);

  g_hash_table_iter_init (&iter, self->answers);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    if (bs_answer_is_carried_over (value))
      n++;

  return n;
}

/**
 * bs_assessment_confirm_all_carried_over:
 *
 * Clears every carried-over mark of the notes and evidence.
 */
void
bs_assessment_confirm_all_carried_over (BsAssessment *self)
{
  GHashTableIter iter;
  gpointer value;

  g_return_if_fail (BS_IS_ASSESSMENT (self));

  g_hash_table_iter_init (&iter, self->answers);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    bs_answer_confirm_carried_over (value);
}

/**
 * bs_assessment_get_actions:
 *
 * Returns: (transfer none): the action plan, a #GListModel of #BsAction
 */
GListModel *
bs_assessment_get_actions (BsAssessment *self)
{
  g_return_val_if_fail (BS_IS_ASSESSMENT (self), NULL);

  return G_LIST_MODEL (self->actions);
}

void
bs_assessment_add_action (BsAssessment *self,
                          BsAction     *action)
{
  g_return_if_fail (BS_IS_ASSESSMENT (self));
  g_return_if_fail (BS_IS_ACTION (action));

  _bs_assessment_watch (self, action);
  g_signal_connect_object (action, "changed", G_CALLBACK (object_notify_cb),
                           self, G_CONNECT_SWAPPED);
  g_list_store_append (self->actions, action);
}

void
bs_assessment_remove_action (BsAssessment *self,
                             guint         position)
{
  g_return_if_fail (BS_IS_ASSESSMENT (self));
  g_return_if_fail (position < g_list_model_get_n_items (G_LIST_MODEL (self->actions)));

  g_list_store_remove (self->actions, position);
}

void
bs_assessment_move_action (BsAssessment *self,
                           guint         from,
                           guint         to)
{
  g_autoptr(BsAction) action = NULL;
  guint n;

  g_return_if_fail (BS_IS_ASSESSMENT (self));

  n = g_list_model_get_n_items (G_LIST_MODEL (self->actions));
  g_return_if_fail (from < n && to < n);

  if (from == to)
    return;

  action = g_list_model_get_item (G_LIST_MODEL (self->actions), from);
  g_list_store_remove (self->actions, from);
  g_list_store_insert (self->actions, to, action);
}

const char *
bs_assessment_get_reflection (BsAssessment *self,
                              const char   *question_id)
{
  g_return_val_if_fail (BS_IS_ASSESSMENT (self), NULL);
  g_return_val_if_fail (question_id != NULL, NULL);

  return g_hash_table_lookup (self->reflections, question_id);
}

void
bs_assessment_set_reflection (BsAssessment *self,
                              const char   *question_id,
                              const char   *text)
{
  g_autofree char *clean = NULL;

  g_return_if_fail (BS_IS_ASSESSMENT (self));
  g_return_if_fail (bs_framework_lookup_question (self->framework, question_id) != NULL);

  clean = bs_text_clean (text);
  if (clean != NULL && clean[0] == '\0')
    g_clear_pointer (&clean, g_free);

  if (g_strcmp0 (g_hash_table_lookup (self->reflections, question_id), clean) == 0)
    return;

  if (clean == NULL)
    g_hash_table_remove (self->reflections, question_id);
  else
    g_hash_table_insert (self->reflections, g_strdup (question_id), g_steal_pointer (&clean));

  g_signal_emit (self, signals [REFLECTION_CHANGED], 0, question_id);
  emit_changed (self);
}

/**
 * bs_assessment_get_team:
 *
 * The team's respondents and agreed answers. Every assessment has a team;
 * for the assessment of one person it is empty (bs_team_is_empty()).
 *
 * Returns: (transfer none): the team
 */
BsTeam *
bs_assessment_get_team (BsAssessment *self)
{
  g_return_val_if_fail (BS_IS_ASSESSMENT (self), NULL);

  return self->team;
}

/**
 * bs_assessment_is_team:
 *
 * Returns: %TRUE when the assessment has respondents: it is a team
 *   assessment, and scores use the agreed answers and the respondents'
 *   means (see bs_score_statement())
 */
gboolean
bs_assessment_is_team (BsAssessment *self)
{
  g_return_val_if_fail (BS_IS_ASSESSMENT (self), FALSE);

  return bs_team_get_n_respondents (self->team) > 0;
}

/**
 * bs_assessment_get_framework_version:
 *
 * Returns: the framework version the file names in <framework version>,
 *   which may differ from the version of the framework it was opened with;
 *   for a new assessment, the framework's version
 */
const char *
bs_assessment_get_framework_version (BsAssessment *self)
{
  g_return_val_if_fail (BS_IS_ASSESSMENT (self), NULL);

  if (self->file_framework_version != NULL)
    return self->file_framework_version;

  return bs_framework_get_version (self->framework);
}

/**
 * bs_assessment_is_respondent_file:
 *
 * Returns: %TRUE when the assessment is one respondent's questionnaire
 *   (it names its respondent, see bs_assessment_set_respondent())
 */
gboolean
bs_assessment_is_respondent_file (BsAssessment *self)
{
  g_return_val_if_fail (BS_IS_ASSESSMENT (self), FALSE);

  return self->respondent_id != NULL;
}

/**
 * bs_assessment_get_respondent_id:
 *
 * Returns: (nullable): the id of the respondent who fills in this file
 */
const char *
bs_assessment_get_respondent_id (BsAssessment *self)
{
  g_return_val_if_fail (BS_IS_ASSESSMENT (self), NULL);

  return self->respondent_id;
}

/**
 * bs_assessment_get_respondent_name:
 *
 * Returns: (nullable): the name of the respondent who fills in this file
 */
const char *
bs_assessment_get_respondent_name (BsAssessment *self)
{
  g_return_val_if_fail (BS_IS_ASSESSMENT (self), NULL);

  return self->respondent_name;
}

/**
 * bs_assessment_get_respondent_role:
 *
 * Returns: (nullable): the role id of the respondent who fills in this
 *   file; %NULL when it is not a respondent's file
 */
const char *
bs_assessment_get_respondent_role (BsAssessment *self)
{
  g_return_val_if_fail (BS_IS_ASSESSMENT (self), NULL);

  return self->respondent_role;
}

static void
set_field (BsAssessment  *self,
           char         **field,
           const char    *value,
           guint          prop)
{
  if (g_strcmp0 (*field, value) == 0)
    return;

  g_free (*field);
  *field = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), properties [prop]);
}

/**
 * bs_assessment_set_respondent:
 * @id: (nullable): the respondent's id ([a-z0-9][a-z0-9._-]*), or %NULL to
 *   make the file an ordinary assessment again
 * @name: (nullable): the respondent's name
 * @role_id: (nullable): a role of the framework (bs_framework_get_roles());
 *   %NULL means %BS_ROLE_OTHER
 *
 * Marks the assessment as one respondent's questionnaire, to be merged into
 * a team assessment later (bs_team_merge()). It is saved in format 2, with
 * <respondent>.
 */
void
bs_assessment_set_respondent (BsAssessment *self,
                              const char   *id,
                              const char   *name,
                              const char   *role_id)
{
  g_autofree char *clean_name = NULL;

  g_return_if_fail (BS_IS_ASSESSMENT (self));
  g_return_if_fail (id == NULL || id[0] != '\0');

  if (id == NULL)
    {
      name = NULL;
      role_id = NULL;
    }
  else
    {
      if (role_id == NULL || role_id[0] == '\0')
        role_id = BS_ROLE_OTHER;
      g_return_if_fail (bs_framework_lookup_role (self->framework, role_id) != NULL);
      clean_name = bs_text_clean (name);
      if (clean_name != NULL && clean_name[0] == '\0')
        g_clear_pointer (&clean_name, g_free);
    }

  if (g_strcmp0 (self->respondent_id, id) == 0 &&
      g_strcmp0 (self->respondent_name, clean_name) == 0 &&
      g_strcmp0 (self->respondent_role, role_id) == 0)
    return;

  g_object_freeze_notify (G_OBJECT (self));
  set_field (self, &self->respondent_id, id, PROP_RESPONDENT_ID);
  set_field (self, &self->respondent_name, clean_name, PROP_RESPONDENT_NAME);
  set_field (self, &self->respondent_role, role_id, PROP_RESPONDENT_ROLE);
  g_object_thaw_notify (G_OBJECT (self));
  emit_changed (self);
}

/* Whether the file needs format 2: only for what format 1 cannot hold, so
 * that every other file is written exactly as before. */
gboolean
_bs_assessment_uses_format_2 (BsAssessment *self)
{
  return self->respondent_id != NULL || !bs_team_is_empty (self->team);
}

/* Whether the file needs format 3: the cycle's elements. */
gboolean
_bs_assessment_uses_format_3 (BsAssessment *self)
{
  GHashTableIter iter;
  gpointer value;
  GListModel *actions = G_LIST_MODEL (self->actions);

  if (self->baseline != NULL)
    return TRUE;

  g_hash_table_iter_init (&iter, self->dimension_notes);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    if (bs_dimension_notes_get_target (value) > 0)
      return TRUE;

  g_hash_table_iter_init (&iter, self->answers);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    if (bs_answer_is_carried_over (value))
      return TRUE;

  for (guint i = 0; i < g_list_model_get_n_items (actions); i++)
    {
      g_autoptr(BsAction) action = g_list_model_get_item (actions, i);

      if (_bs_action_uses_format_3 (action))
        return TRUE;
    }

  return FALSE;
}
