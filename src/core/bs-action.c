/* bs-action.c: one action of the action plan
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "blendscan-core"

#include "config.h"

#include "bs-action.h"
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
};

G_DEFINE_FINAL_TYPE (BsAction, bs_action, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_DESCRIPTION,
  PROP_LEVEL_ID,
  PROP_DIMENSION_ID,
  PROP_OWNER,
  PROP_DUE,
  PROP_STATUS,
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

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
bs_action_init (BsAction *self)
{
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
