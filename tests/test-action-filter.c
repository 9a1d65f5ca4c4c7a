/* test-action-filter.c: overdue actions, the action plan's status and owner filter, the owners
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "blendscan-core.h"

static BsAction *
action (BsActionStatus  status,
        const char     *due,
        const char     *owner)
{
  BsAction *a = bs_action_new ();

  bs_action_set_status (a, status);
  bs_action_set_due (a, due);
  bs_action_set_owner (a, owner);

  return a;
}

/* Open (planned, in progress) and past its due date; today is not late. */
static void
test_overdue (void)
{
  g_autoptr(BsAction) planned = action (BS_ACTION_PLANNED, "2026-03-01", NULL);
  g_autoptr(BsAction) going = action (BS_ACTION_IN_PROGRESS, "2026-03-01", NULL);
  g_autoptr(BsAction) done = action (BS_ACTION_DONE, "2026-03-01", NULL);
  g_autoptr(BsAction) dropped = action (BS_ACTION_DROPPED, "2026-03-01", NULL);
  g_autoptr(BsAction) undated = action (BS_ACTION_PLANNED, NULL, NULL);

  g_assert_true (bs_action_is_overdue (planned, "2026-03-02"));
  g_assert_true (bs_action_is_overdue (going, "2027-01-01"));
  g_assert_false (bs_action_is_overdue (planned, "2026-03-01"));
  g_assert_false (bs_action_is_overdue (planned, "2026-02-28"));
  g_assert_false (bs_action_is_overdue (done, "2026-03-02"));
  g_assert_false (bs_action_is_overdue (dropped, "2026-03-02"));
  g_assert_false (bs_action_is_overdue (undated, "2026-03-02"));

  /* "today" from one place, fixed for tests */
  bs_action_set_today ("2026-03-02");
  g_assert_cmpstr (bs_action_today (), ==, "2026-03-02");
  g_assert_true (bs_action_is_overdue (planned, NULL));
  bs_action_set_today ("2026-01-01");
  g_assert_false (bs_action_is_overdue (planned, NULL));
  bs_action_set_today (NULL);
  g_assert_true (bs_date_is_valid_iso (bs_action_today ()));
}

static void
test_matches (void)
{
  g_autoptr(BsAction) planned = action (BS_ACTION_PLANNED, "2026-03-01", "Anna");
  g_autoptr(BsAction) going = action (BS_ACTION_IN_PROGRESS, "2026-06-01", " Anna ");
  g_autoptr(BsAction) done = action (BS_ACTION_DONE, "2026-03-01", "Bram");
  g_autoptr(BsAction) dropped = action (BS_ACTION_DROPPED, NULL, NULL);
  BsAction *all[] = { planned, going, done, dropped };
  const struct
  {
    BsActionShow show;
    const char  *owner;
    gboolean     expected[4];
  } cases[] = {
    { BS_ACTION_SHOW_ALL, NULL, { TRUE, TRUE, TRUE, TRUE } },
    { BS_ACTION_SHOW_OPEN, NULL, { TRUE, TRUE, FALSE, FALSE } },
    { BS_ACTION_SHOW_OVERDUE, NULL, { TRUE, FALSE, FALSE, FALSE } },
    { BS_ACTION_SHOW_PLANNED, NULL, { TRUE, FALSE, FALSE, FALSE } },
    { BS_ACTION_SHOW_IN_PROGRESS, NULL, { FALSE, TRUE, FALSE, FALSE } },
    { BS_ACTION_SHOW_DONE, NULL, { FALSE, FALSE, TRUE, FALSE } },
    { BS_ACTION_SHOW_DROPPED, NULL, { FALSE, FALSE, FALSE, TRUE } },
    /* the owner as the filter lists it: white space around it left out */
    { BS_ACTION_SHOW_ALL, "Anna", { TRUE, TRUE, FALSE, FALSE } },
    { BS_ACTION_SHOW_OPEN, "Bram", { FALSE, FALSE, FALSE, FALSE } },
    { BS_ACTION_SHOW_ALL, "", { FALSE, FALSE, FALSE, TRUE } },
  };

  for (guint c = 0; c < G_N_ELEMENTS (cases); c++)
    for (guint i = 0; i < G_N_ELEMENTS (all); i++)
      {
        if (bs_action_matches (all[i], cases[c].show, cases[c].owner, "2026-04-01") != cases[c].expected[i])
          g_error ("case %u, action %u", c, i);
      }
}

static void
test_owners (void)
{
  g_autoptr(GListStore) store = g_list_store_new (BS_TYPE_ACTION);
  g_autoptr(BsAction) a = action (BS_ACTION_PLANNED, NULL, "bram");
  g_autoptr(BsAction) b = action (BS_ACTION_PLANNED, NULL, " Anna");
  g_autoptr(BsAction) c = action (BS_ACTION_DONE, NULL, "Anna ");
  g_autoptr(BsAction) d = action (BS_ACTION_DONE, NULL, "  ");
  g_autoptr(BsAction) e = action (BS_ACTION_DONE, NULL, NULL);
  g_auto(GStrv) none = bs_action_list_owners (G_LIST_MODEL (store));
  g_auto(GStrv) owners = NULL;

  g_assert_cmpuint (g_strv_length (none), ==, 0);
  g_list_store_append (store, a);
  g_list_store_append (store, b);
  g_list_store_append (store, c);
  g_list_store_append (store, d);
  g_list_store_append (store, e);
  owners = bs_action_list_owners (G_LIST_MODEL (store));
  /* each once, alphabetically whatever the case, none empty */
  g_assert_cmpstrv (owners, ((const char * const[]) { "Anna", "bram", NULL }));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/action-filter/overdue", test_overdue);
  g_test_add_func ("/action-filter/matches", test_matches);
  g_test_add_func ("/action-filter/owners", test_owners);

  return g_test_run ();
}
