/* bs-participant.c: one participant of an assessment and their role
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "blendscan-core"

#include "config.h"

#include "bs-participant.h"
#include "bs-text.h"

struct _BsParticipant
{
  GObject parent_instance;

  char *name;
  char *role;
};

G_DEFINE_FINAL_TYPE (BsParticipant, bs_participant, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_NAME,
  PROP_ROLE,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static void
bs_participant_finalize (GObject *object)
{
  BsParticipant *self = (BsParticipant *)object;

  g_free (self->name);
  g_free (self->role);

  G_OBJECT_CLASS (bs_participant_parent_class)->finalize (object);
}

static void
bs_participant_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  BsParticipant *self = BS_PARTICIPANT (object);

  switch (prop_id)
    {
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
bs_participant_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  BsParticipant *self = BS_PARTICIPANT (object);

  switch (prop_id)
    {
    case PROP_NAME:
      bs_participant_set_name (self, g_value_get_string (value));
      break;

    case PROP_ROLE:
      bs_participant_set_role (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bs_participant_class_init (BsParticipantClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = bs_participant_finalize;
  object_class->get_property = bs_participant_get_property;
  object_class->set_property = bs_participant_set_property;

  properties [PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL, NULL,
                         G_PARAM_EXPLICIT_NOTIFY | G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS);

  properties [PROP_ROLE] =
    g_param_spec_string ("role", NULL, NULL, NULL,
                         G_PARAM_EXPLICIT_NOTIFY | G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
bs_participant_init (BsParticipant *self)
{
}

BsParticipant *
bs_participant_new (void)
{
  return g_object_new (BS_TYPE_PARTICIPANT,
                       NULL);
}

const char *
bs_participant_get_name (BsParticipant *self)
{
  g_return_val_if_fail (BS_IS_PARTICIPANT (self), NULL);

  return self->name;
}

void
bs_participant_set_name (BsParticipant *self,
    const char *name)
{
  g_autofree char *clean = bs_text_clean (name);

  g_return_if_fail (BS_IS_PARTICIPANT (self));

  if (g_strcmp0 (self->name, clean) != 0)
    {
      g_free (self->name);
      self->name = g_steal_pointer (&clean);
      g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_NAME]);
    }
}

const char *
bs_participant_get_role (BsParticipant *self)
{
  g_return_val_if_fail (BS_IS_PARTICIPANT (self), NULL);

  return self->role;
}

void
bs_participant_set_role (BsParticipant *self,
    const char *role)
{
  g_autofree char *clean = bs_text_clean (role);

  g_return_if_fail (BS_IS_PARTICIPANT (self));

  if (g_strcmp0 (self->role, clean) != 0)
    {
      g_free (self->role);
      self->role = g_steal_pointer (&clean);
      g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_ROLE]);
    }
}
