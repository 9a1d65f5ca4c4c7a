/* bs-respondent.c: one member of a team and their own answers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "blendscan-core"

#include "config.h"

#include "bs-respondent.h"
#include "bs-answer-private.h"
#include "bs-role.h"
#include "bs-team-private.h"
#include "bs-text.h"

struct _BsRespondent
{
  GObject     parent_instance;

  char       *id;
  char       *name;
  char       *role;
  GHashTable *answers;   /* statement id → BsAnswer */
};

G_DEFINE_FINAL_TYPE (BsRespondent, bs_respondent, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_NAME,
  PROP_ROLE,
  N_PROPS
};

enum {
  CHANGED,
  N_SIGNALS
};

static GParamSpec *properties [N_PROPS];
static guint signals [N_SIGNALS];

static void
answer_notify_cb (BsAnswer   *answer,
                  GParamSpec *pspec,
                  gpointer    data)
{
  g_signal_emit (data, signals [CHANGED], 0);
}

static void
watch_answer (BsRespondent *self,
              BsAnswer     *answer)
{
  _bs_answer_set_watch (answer, answer_notify_cb, self);
}

static void
bs_respondent_finalize (GObject *object)
{
  BsRespondent *self = (BsRespondent *) object;
  g_free (self->id);
  g_free (self->name);
  g_free (self->role);
  g_clear_pointer (&self->answers, g_hash_table_unref);

  G_OBJECT_CLASS (bs_respondent_parent_class)->finalize (object);
}

static void
bs_respondent_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  BsRespondent *self = BS_RESPONDENT (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;

    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;

    case PROP_ROLE:
      g_value_set_string (value, self->role);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bs_respondent_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  BsRespondent *self = BS_RESPONDENT (object);

  switch (prop_id)
    {
    case PROP_ID:
      self->id = g_value_dup_string (value);
      break;

    case PROP_NAME:
      bs_respondent_set_name (self, g_value_get_string (value));
      break;

    case PROP_ROLE:
      bs_respondent_set_role (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bs_respondent_class_init (BsRespondentClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = bs_respondent_finalize;
  object_class->get_property = bs_respondent_get_property;
  object_class->set_property = bs_respondent_set_property;

  properties [PROP_ID] =
    g_param_spec_string ("id", NULL, NULL, NULL,
                         G_PARAM_CONSTRUCT_ONLY | G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS);
  properties [PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL, NULL,
                         G_PARAM_EXPLICIT_NOTIFY | G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS);
  properties [PROP_ROLE] =
    g_param_spec_string ("role", NULL, NULL, NULL,
                         G_PARAM_CONSTRUCT | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * BsRespondent::changed:
   *
   * Emitted after the name, the role or any of the respondent's answers
   * changed.
   */
  signals [CHANGED] =
    g_signal_new ("changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);
}

static void
bs_respondent_init (BsRespondent *self)
{
  self->answers = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, _bs_answer_unwatch_unref);
}

/**
 * bs_respondent_new:
 * @id: an id unique within the team, of the form [a-z0-9][a-z0-9._-]*
 * @name: (nullable): the respondent's name
 * @role_id: (nullable): a role id of the framework (see
 *   bs_framework_get_roles()); %NULL means %BS_ROLE_OTHER
 *
 * Returns: (transfer full): a respondent without answers
 */
BsRespondent *
bs_respondent_new (const char *id,
                   const char *name,
                   const char *role_id)
{
  g_return_val_if_fail (id != NULL && id[0] != '\0', NULL);

  return g_object_new (BS_TYPE_RESPONDENT,
                       "id", id,
                       "name", name,
                       "role", role_id,
                       NULL);
}

const char *
bs_respondent_get_id (BsRespondent *self)
{
  g_return_val_if_fail (BS_IS_RESPONDENT (self), NULL);

  return self->id;
}

/**
 * bs_respondent_get_name:
 *
 * Returns: (nullable): the name; %NULL for an anonymous respondent
 */
const char *
bs_respondent_get_name (BsRespondent *self)
{
  g_return_val_if_fail (BS_IS_RESPONDENT (self), NULL);

  return self->name;
}

void
bs_respondent_set_name (BsRespondent *self,
                        const char   *name)
{
  g_autofree char *clean = bs_text_clean (name);

  g_return_if_fail (BS_IS_RESPONDENT (self));

  if (clean != NULL && clean[0] == '\0')
    g_clear_pointer (&clean, g_free);

  if (g_strcmp0 (self->name, clean) == 0)
    return;

  g_free (self->name);
  self->name = g_steal_pointer (&clean);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_NAME]);
  g_signal_emit (self, signals [CHANGED], 0);
}

/**
 * bs_respondent_get_role:
 *
 * Returns: (not nullable): the id of the respondent's role
 */
const char *
bs_respondent_get_role (BsRespondent *self)
{
  g_return_val_if_fail (BS_IS_RESPONDENT (self), NULL);

  return self->role;
}

/**
 * bs_respondent_set_role:
 * @role_id: (nullable): a role id of the framework; %NULL or "" means
 *   %BS_ROLE_OTHER
 */
void
bs_respondent_set_role (BsRespondent *self,
                        const char   *role_id)
{
  g_return_if_fail (BS_IS_RESPONDENT (self));

  if (role_id == NULL || role_id[0] == '\0')
    role_id = BS_ROLE_OTHER;

  if (g_strcmp0 (self->role, role_id) == 0)
    return;

  g_free (self->role);
  self->role = g_strdup (role_id);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_ROLE]);
  g_signal_emit (self, signals [CHANGED], 0);
}

/**
 * bs_respondent_lookup_answer:
 *
 * Returns: (transfer none) (nullable): the respondent's answer to
 *   @statement_id, if any
 */
BsAnswer *
bs_respondent_lookup_answer (BsRespondent *self,
                             const char   *statement_id)
{
  g_return_val_if_fail (BS_IS_RESPONDENT (self), NULL);
  g_return_val_if_fail (statement_id != NULL, NULL);

  return g_hash_table_lookup (self->answers, statement_id);
}

/**
 * bs_respondent_get_answer:
 *
 * Gets the respondent's answer to @statement_id, making an empty one when
 * there is none yet. The respondent does not know the framework: callers
 * pass a statement id of it (the team and the loader check).
 *
 * Returns: (transfer none): the answer
 */
BsAnswer *
bs_respondent_get_answer (BsRespondent *self,
                          const char   *statement_id)
{
  BsAnswer *answer;

  g_return_val_if_fail (BS_IS_RESPONDENT (self), NULL);
  g_return_val_if_fail (statement_id != NULL, NULL);

  answer = g_hash_table_lookup (self->answers, statement_id);
  if (answer == NULL)
    {
      answer = bs_answer_new (statement_id);
      watch_answer (self, answer);
      g_hash_table_insert (self->answers, g_strdup (statement_id), answer);
    }

  return answer;
}

/**
 * bs_respondent_get_value:
 *
 * Returns: the respondent's value for @statement_id: a stage,
 *   %BS_VALUE_NOT_APPLICABLE, %BS_VALUE_UNKNOWN or %BS_VALUE_NONE
 */
int
bs_respondent_get_value (BsRespondent *self,
                         const char   *statement_id)
{
  BsAnswer *answer;

  g_return_val_if_fail (BS_IS_RESPONDENT (self), BS_VALUE_NONE);

  answer = bs_respondent_lookup_answer (self, statement_id);
  return answer != NULL ? bs_answer_get_value (answer) : BS_VALUE_NONE;
}

void
bs_respondent_set_value (BsRespondent *self,
                         const char   *statement_id,
                         int           value)
{
  g_return_if_fail (BS_IS_RESPONDENT (self));
  g_return_if_fail (value >= BS_VALUE_UNKNOWN);

  bs_answer_set_value (bs_respondent_get_answer (self, statement_id), value);
}

/**
 * bs_respondent_get_n_answers:
 *
 * Returns: the number of statements the respondent answered in any way
 *   (a stage, N/A or "don't know")
 */
guint
bs_respondent_get_n_answers (BsRespondent *self)
{
  GHashTableIter iter;
  gpointer value;
  guint n = 0;

  g_return_val_if_fail (BS_IS_RESPONDENT (self), 0);

  g_hash_table_iter_init (&iter, self->answers);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    if (bs_answer_get_value (value) != BS_VALUE_NONE)
      n++;

  return n;
}

/**
 * bs_respondent_get_answers:
 *
 * Returns: (transfer container) (element-type BsAnswer): every answer the
 *   respondent holds, empty ones included, in no particular order
 */
GPtrArray *
bs_respondent_get_answers (BsRespondent *self)
{
  GPtrArray *answers;
  GHashTableIter iter;
  gpointer value;

  g_return_val_if_fail (BS_IS_RESPONDENT (self), NULL);

  answers = g_ptr_array_new_full (g_hash_table_size (self->answers), g_object_unref);
  g_hash_table_iter_init (&iter, self->answers);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    g_ptr_array_add (answers, g_object_ref (value));

  return answers;
}

/* Takes a filled-in answer, as a file is read: watching starts only now,
 * so that filling it in costs no signals. */
void
_bs_respondent_take_answer (BsRespondent *self,
                            BsAnswer     *answer)
{
  g_assert (BS_IS_RESPONDENT (self));
  g_assert (g_hash_table_lookup (self->answers, bs_answer_get_statement_id (answer)) == NULL);

  watch_answer (self, answer);
  g_hash_table_insert (self->answers, g_strdup (bs_answer_get_statement_id (answer)), answer);
}

/* For the team's tally of every statement: one walk over the answers. */
GHashTable *
_bs_respondent_get_answer_table (BsRespondent *self)
{
  g_assert (BS_IS_RESPONDENT (self));

  return self->answers;
}
