/* bs-team.c: the respondents of a team assessment and the answers the team agreed on
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "blendscan-core"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "bs-error.h"
#include "bs-team-private.h"
#include "bs-text.h"

struct _BsTeam
{
  GObject      parent_instance;

  BsFramework *framework;
  GListStore  *respondents;
  GHashTable  *id_index;      /* respondent id → BsRespondent (owned by the store) */
  GHashTable  *agreed;        /* statement id → BsAgreedAnswer */
  /* person_key() → BsRespondent; NULL when a change made it stale, and
   * built again when next needed, so that adding n respondents stays O(n). */
  GHashTable  *person_index;
  /* statement id → BsTeamTally; NULL when a change made it stale. */
  GHashTable  *tallies;
};

G_DEFINE_FINAL_TYPE (BsTeam, bs_team, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_FRAMEWORK,
  PROP_N_RESPONDENTS,
  N_PROPS
};

enum {
  CHANGED,
  N_SIGNALS
};

static GParamSpec *properties [N_PROPS];
static guint signals [N_SIGNALS];

static void
emit_changed (BsTeam *self)
{
  g_signal_emit (self, signals [CHANGED], 0);
}

/* Two respondents are the same person when their names match apart from
 * case, Unicode normalization and blanks around them, in the same role. */
static char *
person_key (const char *name,
            const char *role_id)
{
  g_autofree char *stripped = NULL;
  g_autofree char *normal = NULL;
  g_autofree char *folded = NULL;

  if (name == NULL)
    return NULL;

  stripped = g_strstrip (g_strdup (name));
  if (stripped[0] == '\0')
    return NULL;

  normal = g_utf8_normalize (stripped, -1, G_NORMALIZE_ALL_COMPOSE);
  folded = g_utf8_casefold (normal != NULL ? normal : stripped, -1);

  return g_strconcat (role_id != NULL ? role_id : BS_ROLE_OTHER, "\n", folded, NULL);
}

static GHashTable *
get_person_index (BsTeam *self)
{
  if (self->person_index == NULL)
    {
      guint n = bs_team_get_n_respondents (self);

      self->person_index = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
      for (guint i = 0; i < n; i++)
        {
          g_autoptr(BsRespondent) r = g_list_model_get_item (G_LIST_MODEL (self->respondents), i);
          char *key = person_key (bs_respondent_get_name (r), bs_respondent_get_role (r));

          if (key != NULL)
            g_hash_table_insert (self->person_index, key, r);
        }
    }

  return self->person_index;
}

static void
changed_cb (BsTeam *self)
{
  emit_changed (self);
}

static void
respondent_changed_cb (BsTeam *self)
{
  g_clear_pointer (&self->person_index, g_hash_table_unref);
  g_clear_pointer (&self->tallies, g_hash_table_unref);
  emit_changed (self);
}

static void
respondents_changed_cb (BsTeam *self)
{
  g_clear_pointer (&self->tallies, g_hash_table_unref);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_N_RESPONDENTS]);
  emit_changed (self);
}

static void
bs_team_dispose (GObject *object)
{
  BsTeam *self = (BsTeam *) object;

  g_clear_pointer (&self->id_index, g_hash_table_unref);
  g_clear_pointer (&self->agreed, g_hash_table_unref);
  g_clear_pointer (&self->person_index, g_hash_table_unref);
  g_clear_pointer (&self->tallies, g_hash_table_unref);
  g_clear_object (&self->respondents);
  g_clear_object (&self->framework);

  G_OBJECT_CLASS (bs_team_parent_class)->dispose (object);
}

static void
bs_team_get_property (GObject    *object,
                      guint       prop_id,
                      GValue     *value,
                      GParamSpec *pspec)
{
  BsTeam *self = BS_TEAM (object);

  switch (prop_id)
    {
    case PROP_FRAMEWORK:
      g_value_set_object (value, self->framework);
      break;

    case PROP_N_RESPONDENTS:
      g_value_set_uint (value, bs_team_get_n_respondents (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bs_team_set_property (GObject      *object,
                      guint         prop_id,
                      const GValue *value,
                      GParamSpec   *pspec)
{
  BsTeam *self = BS_TEAM (object);

  switch (prop_id)
    {
    case PROP_FRAMEWORK:
      self->framework = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bs_team_class_init (BsTeamClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = bs_team_dispose;
  object_class->get_property = bs_team_get_property;
  object_class->set_property = bs_team_set_property;

  properties [PROP_FRAMEWORK] =
    g_param_spec_object ("framework", NULL, NULL, BS_TYPE_FRAMEWORK,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties [PROP_N_RESPONDENTS] =
    g_param_spec_uint ("n-respondents", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * BsTeam::changed:
   *
   * Emitted after anything of the team changed: a respondent came or went,
   * a respondent's name, role or answer, or an agreed answer, its
   * rationale or its dissent. The assessment passes it on as its own
   * ::changed.
   */
  signals [CHANGED] =
    g_signal_new ("changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);
}

static void
bs_team_init (BsTeam *self)
{
  self->respondents = g_list_store_new (BS_TYPE_RESPONDENT);
  self->id_index = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->agreed = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);

  g_signal_connect_object (self->respondents, "items-changed",
                           G_CALLBACK (respondents_changed_cb), self, G_CONNECT_SWAPPED);
}

/**
 * bs_team_new:
 * @framework: the framework of the assessment the team belongs to
 *
 * Every #BsAssessment has a team (bs_assessment_get_team()); it is empty
 * for the assessment of one person.
 *
 * Returns: (transfer full): a team without respondents or agreed answers
 */
BsTeam *
bs_team_new (BsFramework *framework)
{
  g_return_val_if_fail (BS_IS_FRAMEWORK (framework), NULL);

  return g_object_new (BS_TYPE_TEAM, "framework", framework, NULL);
}

BsFramework *
bs_team_get_framework (BsTeam *self)
{
  g_return_val_if_fail (BS_IS_TEAM (self), NULL);

  return self->framework;
}

/**
 * bs_team_get_respondents:
 *
 * Returns: (transfer none): a #GListModel of #BsRespondent, in the order
 *   they were added (and are saved)
 */
GListModel *
bs_team_get_respondents (BsTeam *self)
{
  g_return_val_if_fail (BS_IS_TEAM (self), NULL);

  return G_LIST_MODEL (self->respondents);
}

guint
bs_team_get_n_respondents (BsTeam *self)
{
  g_return_val_if_fail (BS_IS_TEAM (self), 0);

  return g_list_model_get_n_items (G_LIST_MODEL (self->respondents));
}

/**
 * bs_team_lookup_respondent:
 *
 * Returns: (transfer none) (nullable): the respondent with that id
 */
BsRespondent *
bs_team_lookup_respondent (BsTeam     *self,
                           const char *id)
{
  g_return_val_if_fail (BS_IS_TEAM (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);

  return g_hash_table_lookup (self->id_index, id);
}

/**
 * bs_team_find_respondent:
 * @name: (nullable): a name
 * @role_id: (nullable): a role id; %NULL means %BS_ROLE_OTHER
 *
 * Finds the respondent who is the same person: the same name (apart from
 * case, Unicode normalization and surrounding blanks) in the same role.
 * Anonymous respondents (no name) are never the same person.
 *
 * Returns: (transfer none) (nullable): that respondent
 */
BsRespondent *
bs_team_find_respondent (BsTeam     *self,
                         const char *name,
                         const char *role_id)
{
  g_autofree char *key = NULL;

  g_return_val_if_fail (BS_IS_TEAM (self), NULL);

  key = person_key (name, role_id);
  if (key == NULL)
    return NULL;

  return g_hash_table_lookup (get_person_index (self), key);
}

static gboolean
check_answers (BsTeam        *self,
               BsRespondent  *respondent,
               GError       **error)
{
  g_autoptr(GPtrArray) answers = bs_respondent_get_answers (respondent);
  guint n_stages = bs_framework_get_n_stages (self->framework);

  for (guint i = 0; i < answers->len; i++)
    {
      BsAnswer *answer = g_ptr_array_index (answers, i);
      const char *id = bs_answer_get_statement_id (answer);
      int value = bs_answer_get_value (answer);

      if (bs_framework_lookup_statement (self->framework, id) == NULL)
        {
          g_set_error (error, BS_FORMAT_ERROR, BS_FORMAT_ERROR_UNKNOWN_ID,
                       _("the statement “%s” does not exist in the framework this assessment uses."), id);
          return FALSE;
        }
      if (value > (int) n_stages || bs_answer_get_target (answer) > n_stages)
        {
          g_set_error (error, BS_FORMAT_ERROR, BS_FORMAT_ERROR_OUT_OF_RANGE,
                       _("statement “%s” has score %d, but the framework’s scale runs from 1 to %u."),
                       id, MAX (value, (int) bs_answer_get_target (answer)), n_stages);
          return FALSE;
        }
    }

  return TRUE;
}

/**
 * bs_team_check_respondent:
 * @error: why @respondent cannot join, as a sentence that starts in lower
 *   case, for the caller to put after the file's name
 *
 * Checks what bs_team_add_respondent() checks, without adding: the role is
 * one of the framework's, the id and the person (name and role) are new
 * to the team, the team has room (%BS_TEAM_MAX_RESPONDENTS), and every
 * answer is to a statement of the framework, within its scale.
 *
 * Returns: %TRUE when @respondent can join the team
 */
gboolean
bs_team_check_respondent (BsTeam        *self,
                          BsRespondent  *respondent,
                          GError       **error)
{
  const char *id;
  const char *role;
  BsRespondent *same;

  g_return_val_if_fail (BS_IS_TEAM (self), FALSE);
  g_return_val_if_fail (BS_IS_RESPONDENT (respondent), FALSE);

  id = bs_respondent_get_id (respondent);
  role = bs_respondent_get_role (respondent);

  if (bs_framework_lookup_role (self->framework, role) == NULL)
    {
      g_set_error (error, BS_FORMAT_ERROR, BS_FORMAT_ERROR_UNKNOWN_ID,
                   _("the role “%s” is not one of the framework’s roles."), role);
      return FALSE;
    }
  if (bs_team_lookup_respondent (self, id) != NULL)
    {
      g_set_error (error, BS_FORMAT_ERROR, BS_FORMAT_ERROR_DUPLICATE,
                   _("the respondent “%s” is already in the team (the same respondent id)."), id);
      return FALSE;
    }
  same = bs_team_find_respondent (self, bs_respondent_get_name (respondent), role);
  if (same != NULL)
    {
      g_autofree char *quoted = bs_text_quote (bs_respondent_get_name (respondent), 60);

      g_set_error (error, BS_FORMAT_ERROR, BS_FORMAT_ERROR_DUPLICATE,
                   _("%s (%s) is already in the team."),
                   quoted,
                   bs_role_get_name_text (bs_framework_lookup_role (self->framework, role), NULL));
      return FALSE;
    }
  if (bs_team_get_n_respondents (self) >= BS_TEAM_MAX_RESPONDENTS)
    {
      g_set_error (error, BS_FORMAT_ERROR, BS_FORMAT_ERROR_TOO_COMPLEX,
                   _("the team already has %d respondents, the most one team assessment can hold."),
                   BS_TEAM_MAX_RESPONDENTS);
      return FALSE;
    }

  return check_answers (self, respondent, error);
}

/**
 * bs_team_add_respondent:
 * @respondent: a respondent that is not in a team yet
 *
 * Adds @respondent at the end, after bs_team_check_respondent().
 *
 * Returns: %TRUE when added; otherwise @error says why, and the team is
 *   unchanged
 */
gboolean
bs_team_add_respondent (BsTeam        *self,
                        BsRespondent  *respondent,
                        GError       **error)
{
  g_return_val_if_fail (BS_IS_TEAM (self), FALSE);
  g_return_val_if_fail (BS_IS_RESPONDENT (respondent), FALSE);

  if (!bs_team_check_respondent (self, respondent, error))
    return FALSE;

  g_signal_connect_object (respondent, "changed", G_CALLBACK (respondent_changed_cb),
                           self, G_CONNECT_SWAPPED);
  g_hash_table_insert (self->id_index, g_strdup (bs_respondent_get_id (respondent)), respondent);
  {
    char *key = person_key (bs_respondent_get_name (respondent), bs_respondent_get_role (respondent));

    if (key != NULL)
      g_hash_table_insert (get_person_index (self), key, respondent);
  }
  g_list_store_append (self->respondents, respondent);

  return TRUE;
}

/**
 * bs_team_add_respondents:
 * @respondents: (array length=n_respondents): respondents not in a team yet
 * @failed: (out) (optional): the index of the respondent that was refused
 * @error: why, as for bs_team_check_respondent()
 *
 * Adds all of @respondents, or none: each is checked against the team and
 * against the ones before it in @respondents (the same id or person twice),
 * and the team's room for all of them, before any is added. For a merge of
 * files (bs_team_merge()) or an import of survey rows.
 *
 * Returns: %TRUE when all were added; on %FALSE the team is unchanged
 */
gboolean
bs_team_add_respondents (BsTeam               *self,
                         BsRespondent * const *respondents,
                         guint                 n_respondents,
                         guint                *failed,
                         GError              **error)
{
  g_autoptr(BsTeam) batch = NULL;

  g_return_val_if_fail (BS_IS_TEAM (self), FALSE);
  g_return_val_if_fail (n_respondents == 0 || respondents != NULL, FALSE);

  /* The newcomers among themselves, in a team of their own: the same
   * checks as against the real team, without touching it. */
  batch = bs_team_new (self->framework);
  for (guint i = 0; i < n_respondents; i++)
    {
      g_return_val_if_fail (BS_IS_RESPONDENT (respondents[i]), FALSE);

      if (bs_team_get_n_respondents (self) + i >= BS_TEAM_MAX_RESPONDENTS)
        {
          g_set_error (error, BS_FORMAT_ERROR, BS_FORMAT_ERROR_TOO_COMPLEX,
                       _("the team would have more than %d respondents, the most one team assessment can hold."),
                       BS_TEAM_MAX_RESPONDENTS);
          if (failed != NULL)
            *failed = i;
          return FALSE;
        }

      if (!bs_team_check_respondent (self, respondents[i], error) ||
          !bs_team_add_respondent (batch, respondents[i], error))
        {
          if (failed != NULL)
            *failed = i;
          return FALSE;
        }
    }

  /* Out of the batch first: a respondent follows only its real team. */
  g_clear_object (&batch);

  for (guint i = 0; i < n_respondents; i++)
    {
      g_autoptr(GError) local_error = NULL;

      /* Checked above; nothing can fail here. */
      if (!bs_team_add_respondent (self, respondents[i], &local_error))
        g_critical ("%s", local_error->message);
    }

  return TRUE;
}

void
bs_team_remove_respondent (BsTeam *self,
                           guint   position)
{
  g_autoptr(BsRespondent) respondent = NULL;

  g_return_if_fail (BS_IS_TEAM (self));
  g_return_if_fail (position < bs_team_get_n_respondents (self));

  respondent = g_list_model_get_item (G_LIST_MODEL (self->respondents), position);
  g_signal_handlers_disconnect_by_data (respondent, self);
  g_hash_table_remove (self->id_index, bs_respondent_get_id (respondent));
  g_clear_pointer (&self->person_index, g_hash_table_unref);
  g_list_store_remove (self->respondents, position);
}

/**
 * bs_team_make_respondent_id:
 *
 * Makes an id no respondent of the team has, nor (all but certainly) any
 * respondent of another round of questionnaires handed out for the same
 * team: "r-" and twelve random hexadecimal digits.
 *
 * Returns: (transfer full): the new id
 */
char *
bs_team_make_respondent_id (BsTeam *self)
{
  g_return_val_if_fail (BS_IS_TEAM (self), NULL);

  for (;;)
    {
      g_autofree char *uuid = g_uuid_string_random ();
      g_autofree char *id = NULL;

      /* The first 8 and the 4 after the first dash are random in a v4 UUID. */
      id = g_strdup_printf ("r-%.8s%.4s", uuid, uuid + 9);
      if (bs_team_lookup_respondent (self, id) == NULL)
        return g_steal_pointer (&id);
    }
}

/**
 * bs_team_lookup_agreed:
 *
 * Returns: (transfer none) (nullable): the team's agreed answer to
 *   @statement_id, if there is one (it may not be set yet: see
 *   bs_agreed_answer_is_set())
 */
BsAgreedAnswer *
bs_team_lookup_agreed (BsTeam     *self,
                       const char *statement_id)
{
  g_return_val_if_fail (BS_IS_TEAM (self), NULL);
  g_return_val_if_fail (statement_id != NULL, NULL);

  return g_hash_table_lookup (self->agreed, statement_id);
}

/**
 * bs_team_get_agreed:
 * @statement_id: a statement of the framework
 *
 * Gets the agreed answer to @statement_id, making an empty one (not set)
 * when there is none, so that a widget can bind to it before the team has
 * agreed.
 *
 * Returns: (transfer none): the agreed answer
 */
BsAgreedAnswer *
bs_team_get_agreed (BsTeam     *self,
                    const char *statement_id)
{
  BsAgreedAnswer *agreed;

  g_return_val_if_fail (BS_IS_TEAM (self), NULL);
  g_return_val_if_fail (bs_framework_lookup_statement (self->framework, statement_id) != NULL, NULL);

  agreed = g_hash_table_lookup (self->agreed, statement_id);
  if (agreed == NULL)
    {
      agreed = bs_agreed_answer_new (statement_id);
      g_signal_connect_object (agreed, "notify", G_CALLBACK (changed_cb),
                               self, G_CONNECT_SWAPPED);
      g_hash_table_insert (self->agreed, g_strdup (statement_id), agreed);
    }

  return agreed;
}

/**
 * bs_team_set_agreed_value:
 * @value: a stage of the scale, %BS_VALUE_NOT_APPLICABLE, or
 *   %BS_VALUE_NONE to take the agreement back
 */
void
bs_team_set_agreed_value (BsTeam     *self,
                          const char *statement_id,
                          int         value)
{
  g_return_if_fail (BS_IS_TEAM (self));
  g_return_if_fail (value >= BS_VALUE_NOT_APPLICABLE);
  g_return_if_fail (value <= (int) bs_framework_get_n_stages (self->framework));

  bs_agreed_answer_set_value (bs_team_get_agreed (self, statement_id), value);
}

/**
 * bs_team_get_n_agreed:
 *
 * Returns: the number of statements with an agreed stage or N/A
 */
guint
bs_team_get_n_agreed (BsTeam *self)
{
  GHashTableIter iter;
  gpointer value;
  guint n = 0;

  g_return_val_if_fail (BS_IS_TEAM (self), 0);

  g_hash_table_iter_init (&iter, self->agreed);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    if (bs_agreed_answer_is_set (value))
      n++;

  return n;
}

/**
 * bs_team_is_empty:
 *
 * Returns: %TRUE when the team has no respondents and no agreed answer,
 *   rationale or dissent: the assessment is one person's and is saved
 *   without <team>
 */
gboolean
bs_team_is_empty (BsTeam *self)
{
  GHashTableIter iter;
  gpointer value;

  g_return_val_if_fail (BS_IS_TEAM (self), TRUE);

  if (bs_team_get_n_respondents (self) > 0)
    return FALSE;

  g_hash_table_iter_init (&iter, self->agreed);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    if (!bs_agreed_answer_is_empty (value))
      return FALSE;

  return TRUE;
}

const BsTeamTally *
_bs_team_get_tally (BsTeam     *self,
                    const char *statement_id)
{
  g_assert (BS_IS_TEAM (self));

  if (self->tallies == NULL)
    {
      guint n = bs_team_get_n_respondents (self);

      /* Keys belong to the framework's statements, which outlive the team. */
      self->tallies = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);
      for (guint i = 0; i < n; i++)
        {
          g_autoptr(BsRespondent) r = g_list_model_get_item (G_LIST_MODEL (self->respondents), i);
          GHashTableIter iter;
          gpointer value;

          g_hash_table_iter_init (&iter, _bs_respondent_get_answer_table (r));
          while (g_hash_table_iter_next (&iter, NULL, &value))
            {
              int v = bs_answer_get_value (value);
              BsStatement *statement;
              BsTeamTally *tally;

              if (v == BS_VALUE_NONE)
                continue;
              statement = bs_framework_lookup_statement (self->framework, bs_answer_get_statement_id (value));
              if (statement == NULL)
                continue;

              tally = g_hash_table_lookup (self->tallies, bs_statement_get_id (statement));
              if (tally == NULL)
                {
                  tally = g_new0 (BsTeamTally, 1);
                  g_hash_table_insert (self->tallies, (gpointer) bs_statement_get_id (statement), tally);
                }
              tally->n_answered++;
              if (v > 0)
                {
                  tally->n_scored++;
                  tally->sum += v;
                }
              else if (v == BS_VALUE_NOT_APPLICABLE)
                tally->n_not_applicable++;
            }
        }
    }

  return g_hash_table_lookup (self->tallies, statement_id);
}
