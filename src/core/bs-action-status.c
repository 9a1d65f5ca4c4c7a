/* bs-action-status.c: the states of an action of the action plan
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "blendscan-core"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "bs-action-status.h"

G_DEFINE_ENUM_TYPE (BsActionStatus, bs_action_status,
  G_DEFINE_ENUM_VALUE (BS_ACTION_PLANNED, "planned"),
  G_DEFINE_ENUM_VALUE (BS_ACTION_IN_PROGRESS, "in-progress"),
  G_DEFINE_ENUM_VALUE (BS_ACTION_DONE, "done"),
  G_DEFINE_ENUM_VALUE (BS_ACTION_DROPPED, "dropped"))

const char *
bs_action_status_to_string (BsActionStatus status)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (BS_TYPE_ACTION_STATUS);
  GEnumValue *value = g_enum_get_value (klass, status);

  g_return_val_if_fail (value != NULL, NULL);

  return value->value_nick;
}

gboolean
bs_action_status_from_string (const char     *nick,
                              BsActionStatus *status)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (BS_TYPE_ACTION_STATUS);
  GEnumValue *value = nick ? g_enum_get_value_by_nick (klass, nick) : NULL;

  if (value == NULL)
    return FALSE;

  *status = value->value;
  return TRUE;
}

const char *
bs_action_status_get_label (BsActionStatus status)
{
  switch (status)
    {
    case BS_ACTION_PLANNED:
      return _("Planned");
    case BS_ACTION_IN_PROGRESS:
      return _("In progress");
    case BS_ACTION_DONE:
      return _("Done");
    case BS_ACTION_DROPPED:
      return _("Dropped");
    default:
      g_return_val_if_reached (NULL);
    }
}
