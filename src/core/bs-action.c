/* bs-action.c: one action of the action plan
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "blendscan-core"

#include "config.h"

#include "bs-action.h"
#include "bs-assessment-private.h"
#include "bs-date.h"
#include "bs-text.h"

struct _BsAction
{
  GObject parent_instance;

  char *description;
  char *level_id;
  char *dimension_id;
  char *owner;
  char *due;
  BsActionStatus status;
  char *result;
  GStrv statement_ids;
  GPtrArray *history;            /* of BsActionChange */
  gboolean carried_over;
  char *carried_from_title;
  char *carried_from_date;
};

G_DEFINE_FINAL_TYPE (BsAction, bs_action, G_TYPE_OBJECT)
G_DEFINE_BOXED_TYPE (BsActionChange, bs_action_change, bs_action_change_copy, bs_action_change_free)

enum {
  PROP_0,
  PROP_DESCRIPTION,
  PROP_LEVEL_ID,
  PROP_DIMENSION_ID,
  PROP_OWNER,
  PROP_DUE,
  PROP_STATUS,
  PROP_RESULT,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static void
bs_action_finalize (GObject *object)
{
  BsAction *self = (BsAction *)object;

  g_free (self->description);
  g_free (self->level_id);
  g_free (self->dimension_id);
  g_free (self->owner);
  g_free (self->due);
  g_free (self->result);
  g_strfreev (self->statement_ids);
  g_ptr_array_unref (self->history);
  g_free (self->carried_from_title);
  g_free (self->carried_from_date);

  G_OBJECT_CLASS (bs_action_parent_class)->finalize (object);
}

static void
bs_action_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  BsAction *self = BS_ACTION (object);

  switch (prop_id)
    {
    case PROP_DESCRIPTION:
      g_value_set_string (value, self->description);
      break;

    case PROP_LEVEL_ID:
      g_value_set_string (value, self->level_id);
      break;

    case PROP_DIMENSION_ID:
      g_value_set_string (value, self->dimension_id);
      break;

    case PROP_OWNER:
      g_value_set_string (value, self->owner);
      break;

    case PROP_DUE:
      g_value_set_string (value, self->due);
      break;

    case PROP_STATUS:
      g_value_set_enum (value, self->status);
      break;

    case PROP_RESULT:
      g_value_set_string (value, self->result);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bs_action_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  BsAction *self = BS_ACTION (object);

  switch (prop_id)
    {
    case PROP_DESCRIPTION:
      bs_action_set_description (self, g_value_get_string (value));
      break;

    case PROP_LEVEL_ID:
      bs_action_set_level_id (self, g_value_get_string (value));
      break;

    case PROP_DIMENSION_ID:
      bs_action_set_dimension_id (self, g_value_get_string (value));
      break;

    case PROP_OWNER:
      bs_action_set_owner (self, g_value_get_string (value));
      break;

    case PROP_DUE:
      bs_action_set_due (self, g_value_get_string (value));
      break;

    case PROP_STATUS:
      bs_action_set_status (self, g_value_get_enum (value));
      break;

    case PROP_RESULT:
      bs_action_set_result (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bs_action_class_init (BsActionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = bs_action_finalize;
  object_class->get_property = bs_action_get_property;
  object_class->set_property = bs_action_set_property;

  properties [PROP_DESCRIPTION] =
    g_param_spec_string ("description", NULL, NULL, NULL,
                         G_PARAM_EXPLICIT_NOTIFY | G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS);

  properties [PROP_LEVEL_ID] =
    g_param_spec_string ("level-id", NULL, NULL, NULL,
                         G_PARAM_EXPLICIT_NOTIFY | G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS);

  properties [PROP_DIMENSION_ID] =
    g_param_spec_string ("dimension-id", NULL, NULL, NULL,
                         G_PARAM_EXPLICIT_NOTIFY | G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS);

  properties [PROP_OWNER] =
    g_param_spec_string ("owner", NULL, NULL, NULL,
                         G_PARAM_EXPLICIT_NOTIFY | G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS);

  properties [PROP_DUE] =
    g_param_spec_string ("due", NULL, NULL, NULL,
                         G_PARAM_EXPLICIT_NOTIFY | G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS);

  properties [PROP_STATUS] =
    g_param_spec_enum ("status", NULL, NULL, BS_TYPE_ACTION_STATUS, BS_ACTION_PLANNED,
                       G_PARAM_EXPLICIT_NOTIFY | G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS);

  /**
   * BsAction:result:
   *
   * What the action achieved, in the owner's words.
   */
  properties [PROP_RESULT] =
    g_param_spec_string ("result", NULL, NULL, NULL,
                         G_PARAM_EXPLICIT_NOTIFY | G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS);

  /**
   * BsAction::changed:
   *
   * The links, the history or the carried-over mark changed (they are not
   * properties).
   */
  g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
bs_action_init (BsAction *self)
{
  self->history = g_ptr_array_new_with_free_func ((GDestroyNotify) bs_action_change_free);
}

BsAction *
bs_action_new (void)
{
  return g_object_new (BS_TYPE_ACTION,
                       NULL);
}

const char *
bs_action_get_description (BsAction *self)
{
  g_return_val_if_fail (BS_IS_ACTION (self), NULL);

  return self->description;
}

void
bs_action_set_description (BsAction *self,
    const char *description)
{
  g_autofree char *clean = bs_text_clean (description);

  g_return_if_fail (BS_IS_ACTION (self));

  if (g_strcmp0 (self->description, clean) != 0)
    {
      g_free (self->description);
      self->description = g_steal_pointer (&clean);
      g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_DESCRIPTION]);
    }
}

const char *
bs_action_get_level_id (BsAction *self)
{
  g_return_val_if_fail (BS_IS_ACTION (self), NULL);

  return self->level_id;
}

void
bs_action_set_level_id (BsAction *self,
    const char *level_id)
{
  g_return_if_fail (BS_IS_ACTION (self));

  if (g_strcmp0 (self->level_id, level_id) != 0)
    {
      g_free (self->level_id);
      self->level_id = g_strdup (level_id);
      g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_LEVEL_ID]);
    }
}

const char *
bs_action_get_dimension_id (BsAction *self)
{
  g_return_val_if_fail (BS_IS_ACTION (self), NULL);

  return self->dimension_id;
}

void
bs_action_set_dimension_id (BsAction *self,
    const char *dimension_id)
{
  g_return_if_fail (BS_IS_ACTION (self));

  if (g_strcmp0 (self->dimension_id, dimension_id) != 0)
    {
      g_free (self->dimension_id);
      self->dimension_id = g_strdup (dimension_id);
      g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_DIMENSION_ID]);
    }
}

const char *
bs_action_get_owner (BsAction *self)
{
  g_return_val_if_fail (BS_IS_ACTION (self), NULL);

  return self->owner;
}

void
bs_action_set_owner (BsAction *self,
    const char *owner)
{
  g_autofree char *clean = bs_text_clean (owner);

  g_return_if_fail (BS_IS_ACTION (self));

  if (g_strcmp0 (self->owner, clean) != 0)
    {
      g_free (self->owner);
      self->owner = g_steal_pointer (&clean);
      g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_OWNER]);
    }
}

const char *
bs_action_get_due (BsAction *self)
{
  g_return_val_if_fail (BS_IS_ACTION (self), NULL);

  return self->due;
}

/**
 * bs_action_set_due:
 * @due: (nullable): the due date as YYYY-MM-DD, or %NULL or "" for none
 *
 * Only a date that passes bs_date_is_valid_iso() is accepted, so that the
 * file it is saved in opens again; callers check what the user typed with
 * it first, keep what is not valid in their entry and say so. Anything
 * else is a programmer error: it is refused with a critical warning and
 * the due date stays as it was.
 */
void
bs_action_set_due (BsAction *self,
    const char *due)
{
  g_return_if_fail (BS_IS_ACTION (self));

  if (due != NULL && due[0] == '\0')
    due = NULL;
  g_return_if_fail (due == NULL || bs_date_is_valid_iso (due));

  if (g_strcmp0 (self->due, due) != 0)
    {
      g_free (self->due);
      self->due = g_strdup (due);
      g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_DUE]);
    }
}

BsActionStatus 
bs_action_get_status (BsAction *self)
{
  g_return_val_if_fail (BS_IS_ACTION (self), 0);

  return self->status;
}

void
bs_action_set_status (BsAction *self,
    BsActionStatus status)
{
  g_return_if_fail (BS_IS_ACTION (self));

  if (self->status != status)
    {
      self->status = status;
      g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_STATUS]);
    }
}

const char *
bs_action_get_result (BsAction *self)
{
  g_return_val_if_fail (BS_IS_ACTION (self), NULL);

  return self->result;
}

void
bs_action_set_result (BsAction   *self,
                      const char *result)
{
  g_autofree char *clean = bs_text_clean (result);

  g_return_if_fail (BS_IS_ACTION (self));

  if (clean != NULL && clean[0] == '\0')
    g_clear_pointer (&clean, g_free);
  if (g_strcmp0 (self->result, clean) != 0)
    {
      g_free (self->result);
      self->result = g_steal_pointer (&clean);
      g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_RESULT]);
    }
}

static void
emit_changed (BsAction *self)
{
  g_signal_emit_by_name (self, "changed");
}

/**
 * bs_action_get_statement_ids:
 *
 * Returns: (transfer none): the statements the action is linked to, in
 *   the order they were given; an empty array without links
 */
const char * const *
bs_action_get_statement_ids (BsAction *self)
{
  static const char * const none[] = { NULL };

  g_return_val_if_fail (BS_IS_ACTION (self), NULL);

  return self->statement_ids != NULL ? (const char * const *) self->statement_ids : none;
}

/**
 * bs_action_set_statement_ids:
 * @statement_ids: (nullable) (array zero-terminated=1): statement ids of
 *   the assessment's framework, each once; %NULL for no links
 *
 * The loader checks the ids against the framework; a caller gives ids it
 * took from the framework.
 */
void
bs_action_set_statement_ids (BsAction           *self,
                             const char * const *statement_ids)
{
  g_return_if_fail (BS_IS_ACTION (self));

  if (statement_ids != NULL && statement_ids[0] == NULL)
    statement_ids = NULL;
  if (statement_ids == NULL && self->statement_ids == NULL)
    return;
  if (statement_ids != NULL && self->statement_ids != NULL &&
      g_strv_equal (statement_ids, (const char * const *) self->statement_ids))
    return;

  g_strfreev (self->statement_ids);
  self->statement_ids = g_strdupv ((char **) statement_ids);
  emit_changed (self);
}

gboolean
bs_action_links_statement (BsAction   *self,
                           const char *statement_id)
{
  g_return_val_if_fail (BS_IS_ACTION (self), FALSE);

  return self->statement_ids != NULL &&
         g_strv_contains ((const char * const *) self->statement_ids, statement_id);
}

/**
 * bs_action_change_new:
 * @date: the day of the change, YYYY-MM-DD
 * @status: the status from that day on
 * @note: (nullable): why, or what happened
 */
BsActionChange *
bs_action_change_new (const char     *date,
                      BsActionStatus  status,
                      const char     *note)
{
  BsActionChange *change;

  g_return_val_if_fail (date != NULL && bs_date_is_valid_iso (date), NULL);

  change = g_new0 (BsActionChange, 1);
  change->date = g_strdup (date);
  change->status = status;
  change->note = bs_text_clean (note);
  if (change->note != NULL && change->note[0] == '\0')
    g_clear_pointer (&change->note, g_free);
  return change;
}

BsActionChange *
bs_action_change_copy (const BsActionChange *change)
{
  g_return_val_if_fail (change != NULL, NULL);

  return bs_action_change_new (change->date, change->status, change->note);
}

void
bs_action_change_free (BsActionChange *change)
{
  if (change == NULL)
    return;

  g_free (change->date);
  g_free (change->note);
  g_free (change);
}

guint
bs_action_get_n_changes (BsAction *self)
{
  g_return_val_if_fail (BS_IS_ACTION (self), 0);

  return self->history->len;
}

/**
 * bs_action_get_change:
 * @index: 0 for the oldest change
 *
 * Returns: (transfer none): the change; the history is in the order the
 *   changes were added (and saved)
 */
const BsActionChange *
bs_action_get_change (BsAction *self,
                      guint     index)
{
  g_return_val_if_fail (BS_IS_ACTION (self), NULL);
  g_return_val_if_fail (index < self->history->len, NULL);

  return g_ptr_array_index (self->history, index);
}

/**
 * bs_action_add_change:
 *
 * Appends a dated status change to the history without touching the
 * current status (the loader, and copying an action); see
 * bs_action_change_status() for what the app does when someone changes it.
 */
void
bs_action_add_change (BsAction       *self,
                      const char     *date,
                      BsActionStatus  status,
                      const char     *note)
{
  BsActionChange *change;

  g_return_if_fail (BS_IS_ACTION (self));

  change = bs_action_change_new (date, status, note);
  g_return_if_fail (change != NULL);
  g_ptr_array_add (self->history, change);
  emit_changed (self);
}

/**
 * bs_action_change_status:
 * @date: today, YYYY-MM-DD
 * @note: (nullable): why
 *
 * Sets the status and records the change in the history.
 */
void
bs_action_change_status (BsAction       *self,
                         BsActionStatus  status,
                         const char     *date,
                         const char     *note)
{
  g_return_if_fail (BS_IS_ACTION (self));
  g_return_if_fail (date != NULL && bs_date_is_valid_iso (date));

  bs_action_set_status (self, status);
  bs_action_add_change (self, date, status, note);
}

void
bs_action_clear_history (BsAction *self)
{
  g_return_if_fail (BS_IS_ACTION (self));

  if (self->history->len == 0)
    return;
  g_ptr_array_set_size (self->history, 0);
  emit_changed (self);
}

/**
 * bs_action_get_carried_over:
 *
 * Returns: whether the action was carried over from the previous cycle
 */
gboolean
bs_action_get_carried_over (BsAction *self)
{
  g_return_val_if_fail (BS_IS_ACTION (self), FALSE);

  return self->carried_over;
}

/**
 * bs_action_get_carried_from_title:
 *
 * Returns: (nullable): the title of the assessment the action was carried
 *   over from
 */
const char *
bs_action_get_carried_from_title (BsAction *self)
{
  g_return_val_if_fail (BS_IS_ACTION (self), NULL);

  return self->carried_from_title;
}

/**
 * bs_action_get_carried_from_date:
 *
 * Returns: (nullable): the date (YYYY-MM-DD) of the assessment the action
 *   was carried over from
 */
const char *
bs_action_get_carried_from_date (BsAction *self)
{
  g_return_val_if_fail (BS_IS_ACTION (self), NULL);

  return self->carried_from_date;
}

/**
 * bs_action_set_carried_over:
 * @carried_over: whether the action comes from the previous cycle
 * @from_title: (nullable): that cycle's assessment title
 * @from_date: (nullable): its date, YYYY-MM-DD
 */
void
bs_action_set_carried_over (BsAction   *self,
                            gboolean    carried_over,
                            const char *from_title,
                            const char *from_date)
{
  g_autofree char *title = NULL;

  g_return_if_fail (BS_IS_ACTION (self));
  g_return_if_fail (from_date == NULL || from_date[0] == '\0' || bs_date_is_valid_iso (from_date));

  if (!carried_over)
    from_title = from_date = NULL;
  title = bs_text_clean (from_title);
  if (title != NULL && title[0] == '\0')
    g_clear_pointer (&title, g_free);
  if (from_date != NULL && from_date[0] == '\0')
    from_date = NULL;

  if (self->carried_over == !!carried_over &&
      g_strcmp0 (self->carried_from_title, title) == 0 &&
      g_strcmp0 (self->carried_from_date, from_date) == 0)
    return;

  self->carried_over = !!carried_over;
  g_free (self->carried_from_title);
  self->carried_from_title = g_steal_pointer (&title);
  g_free (self->carried_from_date);
  self->carried_from_date = g_strdup (from_date);
  emit_changed (self);
}

/**
 * bs_action_copy:
 *
 * Returns: (transfer full): a new action with everything of @self
 */
BsAction *
bs_action_copy (BsAction *self)
{
  BsAction *copy;

  g_return_val_if_fail (BS_IS_ACTION (self), NULL);

  copy = bs_action_new ();
  copy->description = g_strdup (self->description);
  copy->level_id = g_strdup (self->level_id);
  copy->dimension_id = g_strdup (self->dimension_id);
  copy->owner = g_strdup (self->owner);
  copy->due = g_strdup (self->due);
  copy->status = self->status;
  copy->result = g_strdup (self->result);
  copy->statement_ids = g_strdupv (self->statement_ids);
  for (guint i = 0; i < self->history->len; i++)
    g_ptr_array_add (copy->history, bs_action_change_copy (g_ptr_array_index (self->history, i)));
  copy->carried_over = self->carried_over;
  copy->carried_from_title = g_strdup (self->carried_from_title);
  copy->carried_from_date = g_strdup (self->carried_from_date);
  return copy;
}

/**
 * bs_action_is_open:
 *
 * Returns: whether the action is still to do (planned or in progress), so
 *   that the next cycle carries it over
 */
gboolean
bs_action_is_open (BsAction *self)
{
  g_return_val_if_fail (BS_IS_ACTION (self), FALSE);

  return self->status == BS_ACTION_PLANNED || self->status == BS_ACTION_IN_PROGRESS;
}

/* Whether the action holds anything format 1 and 2 cannot. */
gboolean
_bs_action_uses_format_3 (BsAction *self)
{
  return self->result != NULL || self->statement_ids != NULL ||
         self->history->len > 0 || self->carried_over;
}
