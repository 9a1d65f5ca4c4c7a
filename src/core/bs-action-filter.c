/* bs-action-filter.c: which actions are overdue, which match the action plan's filter, who owns them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "blendscan-core"

#include "config.h"

#include <string.h>

#include "bs-action-filter.h"
#include "bs-date.h"

G_DEFINE_ENUM_TYPE (BsActionShow, bs_action_show,
  G_DEFINE_ENUM_VALUE (BS_ACTION_SHOW_ALL, "all"),
  G_DEFINE_ENUM_VALUE (BS_ACTION_SHOW_OPEN, "open"),
  G_DEFINE_ENUM_VALUE (BS_ACTION_SHOW_OVERDUE, "overdue"),
  G_DEFINE_ENUM_VALUE (BS_ACTION_SHOW_PLANNED, "planned"),
  G_DEFINE_ENUM_VALUE (BS_ACTION_SHOW_IN_PROGRESS, "in-progress"),
  G_DEFINE_ENUM_VALUE (BS_ACTION_SHOW_DONE, "done"),
  G_DEFINE_ENUM_VALUE (BS_ACTION_SHOW_DROPPED, "dropped"))

/* Set by bs_action_set_today(); the main thread's only. */
static char *fixed_today;

/**
 * bs_action_today:
 *
 * The one place "today" comes from when actions are judged overdue: the
 * date set with bs_action_set_today() (tests), else $BLENDSCAN_TODAY when
 * it is a date (screenshots of a fixed day), else the local date.
 *
 * Returns: (transfer none): today as YYYY-MM-DD, valid until the next call
 */
const char *
bs_action_today (void)
{
  static char local[11];
  const char *env;
  g_autoptr(GDateTime) now = NULL;
  g_autofree char *text = NULL;

  if (fixed_today != NULL)
    return fixed_today;

  env = g_getenv ("BLENDSCAN_TODAY");
  if (bs_date_is_valid_iso (env))
    return env;

  now = g_date_time_new_now_local ();
  text = g_date_time_format (now, "%Y-%m-%d");
  g_strlcpy (local, text, sizeof local);

  return local;
}

/**
 * bs_action_set_today:
 * @iso_date: (nullable): YYYY-MM-DD, or %NULL for the real date again
 *
 * Fixes the date bs_action_today() returns.
 */
void
bs_action_set_today (const char *iso_date)
{
  g_return_if_fail (iso_date == NULL || bs_date_is_valid_iso (iso_date));

  g_free (fixed_today);
  fixed_today = g_strdup (iso_date);
}

/**
 * bs_action_is_overdue:
 * @today: (nullable): YYYY-MM-DD; %NULL means bs_action_today()
 *
 * Returns: whether @action is open and its due date has passed: a due
 *   date of today is not overdue yet; one without a due date never is
 */
gboolean
bs_action_is_overdue (BsAction   *action,
                      const char *today)
{
  const char *due;

  g_return_val_if_fail (BS_IS_ACTION (action), FALSE);

  if (today == NULL)
    today = bs_action_today ();
  due = bs_action_get_due (action);

  /* YYYY-MM-DD compares as text in date order. */
  return bs_action_is_open (action) && bs_date_is_valid_iso (due) && bs_date_is_valid_iso (today) &&
         strcmp (due, today) < 0;
}

/**
 * bs_action_owner_key:
 *
 * Returns: (transfer full): @action's owner as the filter compares it:
 *   without the white space around it; "" without an owner
 */
char *
bs_action_owner_key (BsAction *action)
{
  const char *owner;

  g_return_val_if_fail (BS_IS_ACTION (action), NULL);

  owner = bs_action_get_owner (action);

  return g_strstrip (g_strdup (owner != NULL ? owner : ""));
}

/**
 * bs_action_matches:
 * @owner: (nullable): an owner as bs_action_owner_key() gives it ("" for
 *   the actions without one), or %NULL for any owner
 * @today: (nullable): as for bs_action_is_overdue()
 *
 * Returns: whether the action plan shows @action with this filter
 */
gboolean
bs_action_matches (BsAction     *action,
                   BsActionShow  show,
                   const char   *owner,
                   const char   *today)
{
  gboolean status_matches = FALSE;

  g_return_val_if_fail (BS_IS_ACTION (action), FALSE);

  switch (show)
    {
    case BS_ACTION_SHOW_ALL:
      status_matches = TRUE;
      break;
    case BS_ACTION_SHOW_OPEN:
      status_matches = bs_action_is_open (action);
      break;
    case BS_ACTION_SHOW_OVERDUE:
      status_matches = bs_action_is_overdue (action, today);
      break;
    case BS_ACTION_SHOW_PLANNED:
      status_matches = bs_action_get_status (action) == BS_ACTION_PLANNED;
      break;
    case BS_ACTION_SHOW_IN_PROGRESS:
      status_matches = bs_action_get_status (action) == BS_ACTION_IN_PROGRESS;
      break;
    case BS_ACTION_SHOW_DONE:
      status_matches = bs_action_get_status (action) == BS_ACTION_DONE;
      break;
    case BS_ACTION_SHOW_DROPPED:
      status_matches = bs_action_get_status (action) == BS_ACTION_DROPPED;
      break;
    default:
      g_return_val_if_reached (FALSE);
    }

  if (status_matches && owner != NULL)
    {
      g_autofree char *key = bs_action_owner_key (action);

      return g_str_equal (key, owner);
    }

  return status_matches;
}

static int
compare_owners (gconstpointer a,
                gconstpointer b)
{
  const char *x = *(const char * const *) a;
  const char *y = *(const char * const *) b;
  g_autofree char *x_folded = g_utf8_casefold (x, -1);
  g_autofree char *y_folded = g_utf8_casefold (y, -1);
  int order = g_utf8_collate (x_folded, y_folded);

  return order != 0 ? order : strcmp (x, y);
}

/**
 * bs_action_list_owners:
 * @actions: (element-type BsAction): an action plan
 *
 * Returns: (transfer full): the different owners of @actions (see
 *   bs_action_owner_key()), alphabetically, without the empty one
 */
GStrv
bs_action_list_owners (GListModel *actions)
{
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GPtrArray) owners = g_ptr_array_new ();
  GStrvBuilder *builder = g_strv_builder_new ();
  GStrv result;

  g_return_val_if_fail (G_IS_LIST_MODEL (actions), NULL);

  for (guint i = 0; i < g_list_model_get_n_items (actions); i++)
    {
      g_autoptr(BsAction) action = g_list_model_get_item (actions, i);
      char *key = bs_action_owner_key (action);

      if (key[0] == '\0' || g_hash_table_contains (seen, key))
        {
          g_free (key);
          continue;
        }
      g_hash_table_add (seen, key);
      g_ptr_array_add (owners, key);
    }

  g_ptr_array_sort (owners, compare_owners);
  for (guint i = 0; i < owners->len; i++)
    g_strv_builder_add (builder, g_ptr_array_index (owners, i));
  result = g_strv_builder_end (builder);
  g_strv_builder_unref (builder);

  return result;
}
