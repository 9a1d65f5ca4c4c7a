/* test-action-plan.c: the action plan in a real window: overdue actions marked, filtered by status and owner
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "blendscan-test"

#include "config.h"

#include <adwaita.h>

#include "bs-action-plan-page.h"
#include "bs-action-cycle-info.h"
#include "bs-action-row.h"
#include "bs-window.h"
#include "bs-test-gui.h"

/* The example's due dates run from January 2026 to February 2027. */
#define TODAY "2026-07-01"

static BsActionPlanPage *
open_plan (BsWindow **window)
{
  BsActionPlanPage *page;

  bs_action_set_today (TODAY);
  *window = bs_test_new_window_with ("full-three-levels.blendscan");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (*window), "win.show-actions", NULL));
  bs_test_pump ();
  page = BS_ACTION_PLAN_PAGE (bs_window_get_action_plan_page (*window));
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (page)));

  return page;
}

static BsActionRow *
row_at (BsActionPlanPage *page,
        guint             i)
{
  GtkListBoxRow *row = gtk_list_box_get_row_at_index (bs_action_plan_page_get_list (page), i);

  g_assert_true (BS_IS_ACTION_ROW (row));

  return BS_ACTION_ROW (row);
}

static gboolean
row_shown (BsActionPlanPage *page,
           guint             i)
{
  return gtk_widget_get_visible (GTK_WIDGET (row_at (page, i)));
}

/* The first label below @widget whose text is @text, or NULL. */
static GtkWidget *
find_label (GtkWidget  *widget,
            const char *text)
{
  if (GTK_IS_LABEL (widget) && g_strcmp0 (gtk_label_get_label (GTK_LABEL (widget)), text) == 0)
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_label (child, text);

      if (found != NULL)
        return found;
    }

  return NULL;
}

/* Planned or in progress and due before today: an icon and "Overdue",
 * and the due date field says so to a screen reader; live as the status
 * and the due date change. */
static void
test_overdue (void)
{
  BsWindow *window;
  BsActionPlanPage *page;
  GListModel *actions;
  guint n_overdue = 0;

  BS_TEST_REQUIRE_DISPLAY ();

  page = open_plan (&window);
  actions = bs_assessment_get_actions (bs_window_get_assessment (window));
  g_assert_cmpuint (g_list_model_get_n_items (actions), ==, 10);

  for (guint i = 0; i < g_list_model_get_n_items (actions); i++)
    {
      BsActionRow *row = row_at (page, i);
      BsAction *action = bs_action_row_get_action (row);
      gboolean overdue = bs_action_is_overdue (action, TODAY);
      GtkWidget *label = find_label (GTK_WIDGET (row), "Overdue");
      g_autofree char *wrong = NULL;

      g_assert_nonnull (label);
      g_assert_cmpint (bs_action_row_get_overdue (row), ==, overdue);
      g_assert_cmpint (gtk_widget_is_visible (label), ==, overdue);
      if (overdue)
        {
          n_overdue++;
          wrong = gtk_test_accessible_check_property (GTK_ACCESSIBLE (bs_action_row_get_due_entry (row)),
                                                      GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, "Overdue");
          g_assert_null (wrong);
        }
      /* Due today is not overdue yet. */
      if (g_strcmp0 (bs_action_get_due (action), TODAY) == 0)
        g_assert_false (overdue);
    }
  /* 2026-04-30 in progress, 2026-05-01 and 2026-06-11 planned; the one
   * done in January is not. */
  g_assert_cmpuint (n_overdue, ==, 3);

  for (guint i = 0; i < g_list_model_get_n_items (actions); i++)
    {
      BsActionRow *row = row_at (page, i);
      BsAction *action = bs_action_row_get_action (row);

      if (!bs_action_row_get_overdue (row))
        continue;

      /* Done: no longer overdue. Open again: overdue again. */
      gtk_drop_down_set_selected (bs_action_row_get_status_drop_down (row), BS_ACTION_DONE);
      g_assert_cmpint (bs_action_get_status (action), ==, BS_ACTION_DONE);
      g_assert_false (bs_action_row_get_overdue (row));
      bs_action_set_status (action, BS_ACTION_IN_PROGRESS);
      g_assert_true (bs_action_row_get_overdue (row));
      /* A later due date: not overdue. */
      bs_action_set_due (action, "2026-12-01");
      g_assert_false (bs_action_row_get_overdue (row));
      break;
    }

  bs_test_close_window (window);
  bs_action_set_today (NULL);
}

/* Every status choice shows exactly the actions bs_action_matches()
 * lets through; an action edited under the filter stays until the filter
 * is set again; one added shows, focused. */
static void
test_status_filter (void)
{
  BsWindow *window;
  BsActionPlanPage *page;
  GtkDropDown *status;
  GListModel *actions;
  guint n;

  BS_TEST_REQUIRE_DISPLAY ();

  page = open_plan (&window);
  status = bs_action_plan_page_get_status_filter (page);
  actions = bs_assessment_get_actions (bs_window_get_assessment (window));
  n = g_list_model_get_n_items (actions);
  g_assert_cmpuint (gtk_drop_down_get_selected (status), ==, BS_ACTION_SHOW_ALL);
  g_assert_cmpuint (g_list_model_get_n_items (gtk_drop_down_get_model (status)), ==, BS_ACTION_SHOW_DROPPED + 1);
  g_assert_true (gtk_widget_get_focusable (GTK_WIDGET (status)) || gtk_widget_get_first_child (GTK_WIDGET (status)) != NULL);

  for (BsActionShow show = BS_ACTION_SHOW_ALL; show <= BS_ACTION_SHOW_DROPPED; show++)
    {
      guint n_shown = 0;

      gtk_drop_down_set_selected (status, show);
      bs_test_pump ();
      for (guint i = 0; i < n; i++)
        {
          BsAction *action = bs_action_row_get_action (row_at (page, i));

          g_assert_cmpint (row_shown (page, i), ==, bs_action_matches (action, show, NULL, TODAY));
          n_shown += row_shown (page, i);
        }
      if (show == BS_ACTION_SHOW_ALL)
        g_assert_cmpuint (n_shown, ==, n);
      if (show == BS_ACTION_SHOW_OPEN)
        g_assert_cmpuint (n_shown, ==, 9);
      if (show == BS_ACTION_SHOW_OVERDUE)
        g_assert_cmpuint (n_shown, ==, 3);
      if (show == BS_ACTION_SHOW_DONE)
        g_assert_cmpuint (n_shown, ==, 1);
    }

  /* Open: marking one done does not take it away under the cursor. */
  gtk_drop_down_set_selected (status, BS_ACTION_SHOW_OPEN);
  bs_test_pump ();
  g_assert_true (row_shown (page, 0));
  gtk_drop_down_set_selected (bs_action_row_get_status_drop_down (row_at (page, 0)), BS_ACTION_DONE);
  bs_test_pump ();
  g_assert_true (row_shown (page, 0));
  /* Setting the filter again decides anew. */
  gtk_drop_down_set_selected (status, BS_ACTION_SHOW_ALL);
  gtk_drop_down_set_selected (status, BS_ACTION_SHOW_OPEN);
  bs_test_pump ();
  g_assert_false (row_shown (page, 0));

  /* Done: a new action (planned) shows all the same, with the focus. */
  gtk_drop_down_set_selected (status, BS_ACTION_SHOW_DONE);
  bs_test_pump ();
  bs_action_plan_page_add_action (page);
  bs_test_pump ();
  g_assert_cmpuint (g_list_model_get_n_items (actions), ==, n + 1);
  g_assert_true (row_shown (page, n));
  g_assert_true (gtk_widget_is_visible (GTK_WIDGET (row_at (page, n))));
  g_assert_true (gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (window)), GTK_WIDGET (row_at (page, n))));

  bs_test_close_window (window);
  bs_action_set_today (NULL);
}

/* The owners present, each once, alphabetically; choosing one shows its
 * actions; with the status filter both apply. */
static void
test_owner_filter (void)
{
  BsWindow *window;
  BsActionPlanPage *page;
  GtkDropDown *owner, *status;
  GListModel *actions, *choices;
  g_auto(GStrv) owners = NULL;
  guint n;

  BS_TEST_REQUIRE_DISPLAY ();

  page = open_plan (&window);
  owner = bs_action_plan_page_get_owner_filter (page);
  status = bs_action_plan_page_get_status_filter (page);
  actions = bs_assessment_get_actions (bs_window_get_assessment (window));
  n = g_list_model_get_n_items (actions);
  owners = bs_action_list_owners (actions);
  choices = gtk_drop_down_get_model (owner);

  /* Everyone, then the owners. */
  g_assert_cmpuint (g_strv_length (owners), >, 1);
  g_assert_cmpuint (g_list_model_get_n_items (choices), ==, g_strv_length (owners) + 1);
  for (guint i = 0; owners[i] != NULL; i++)
    g_assert_cmpstr (gtk_string_list_get_string (GTK_STRING_LIST (choices), i + 1), ==, owners[i]);

  for (guint o = 0; owners[o] != NULL; o++)
    {
      guint n_shown = 0;

      gtk_drop_down_set_selected (owner, o + 1);
      bs_test_pump ();
      for (guint i = 0; i < n; i++)
        {
          BsAction *action = bs_action_row_get_action (row_at (page, i));

          g_assert_cmpint (row_shown (page, i), ==, bs_action_matches (action, BS_ACTION_SHOW_ALL, owners[o], TODAY));
          n_shown += row_shown (page, i);
        }
      g_assert_cmpuint (n_shown, >, 0);
    }

  /* Both filters at once. */
  gtk_drop_down_set_selected (owner, 1);
  gtk_drop_down_set_selected (status, BS_ACTION_SHOW_DONE);
  bs_test_pump ();
  for (guint i = 0; i < n; i++)
    g_assert_cmpint (row_shown (page, i), ==,
                     bs_action_matches (bs_action_row_get_action (row_at (page, i)), BS_ACTION_SHOW_DONE, owners[0], TODAY));

  /* A new owner typed in joins the list; the choice made stays. */
  bs_action_set_owner (bs_action_row_get_action (row_at (page, 0)), "Aaron Aalders");
  bs_test_pump ();
  g_assert_cmpstr (gtk_string_list_get_string (GTK_STRING_LIST (gtk_drop_down_get_model (owner)), 1), ==, "Aaron Aalders");
  g_assert_cmpstr (gtk_string_list_get_string (GTK_STRING_LIST (gtk_drop_down_get_model (owner)),
                                               gtk_drop_down_get_selected (owner)), ==, owners[0]);

  /* Everyone again: all of them. */
  gtk_drop_down_set_selected (owner, 0);
  gtk_drop_down_set_selected (status, BS_ACTION_SHOW_ALL);
  bs_test_pump ();
  for (guint i = 0; i < n; i++)
    g_assert_true (row_shown (page, i));

  bs_test_close_window (window);
  bs_action_set_today (NULL);
}

/* Each action has a result to fill in, which undo takes back; a carried-over
 * action says where it came from and whether its scores moved, the others
 * show nothing of the kind. */
static void
test_result_and_cycle_info (void)
{
  BsWindow *window;
  BsActionPlanPage *page = open_plan (&window);
  GListModel *actions = bs_assessment_get_actions (bs_window_get_assessment (window));
  guint n = g_list_model_get_n_items (actions);
  guint carried = 0;
  BsActionRow *row;
  g_autofree char *before = NULL;

  for (guint i = 0; i < n; i++)
    {
      BsAction *action;
      GtkWidget *info;

      row = row_at (page, i);
      action = bs_action_row_get_action (row);
      info = bs_test_find_type (GTK_WIDGET (row), BS_TYPE_ACTION_CYCLE_INFO);
      g_assert_nonnull (info);
      g_assert_cmpint (gtk_widget_get_visible (info), ==, bs_action_get_carried_over (action));
      if (bs_action_get_carried_over (action))
        {
          carried++;
          g_assert_nonnull (strstr (bs_action_cycle_info_get_origin_text (BS_ACTION_CYCLE_INFO (info)), "Carried over from"));
          g_assert_nonnull (bs_action_cycle_info_get_move_text (BS_ACTION_CYCLE_INFO (info)));
        }
    }
  /* The example carries three of last year's actions over. */
  g_assert_cmpuint (carried, ==, 3);

  row = row_at (page, 0);
  before = g_strdup (bs_action_get_result (bs_action_row_get_action (row)));
  gtk_editable_set_text (GTK_EDITABLE (bs_action_row_get_result_entry (row)), "Captions on all clips since March");
  g_assert_cmpstr (bs_action_get_result (bs_action_row_get_action (row)), ==, "Captions on all clips since March");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  bs_test_pump ();
  g_assert_cmpstr (bs_action_get_result (bs_action_row_get_action (row_at (page, 0))), ==, before);

  bs_window_set_assessment (window, bs_window_get_assessment (window), NULL, FALSE);
  bs_test_close_window (window);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  bs_test_gui_init (TRUE);

  g_test_add_func ("/app/action-plan/overdue", test_overdue);
  g_test_add_func ("/app/action-plan/status-filter", test_status_filter);
  g_test_add_func ("/app/action-plan/owner-filter", test_owner_filter);
  g_test_add_func ("/app/action-plan/result-and-cycle-info", test_result_and_cycle_info);

  return g_test_run ();
}
