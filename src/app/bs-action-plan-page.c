/* bs-action-plan-page.c: the action plan: what the team will do about what it found
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "blendscan-app"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "bs-action-plan-page.h"
#include "bs-action-row.h"

struct _BsActionPlanPage
{
  GtkWidget     parent_instance;

  GtkWidget    *scrolled;
  BsAssessment *assessment;

  GtkListBox   *list;
};

G_DEFINE_FINAL_TYPE (BsActionPlanPage, bs_action_plan_page, GTK_TYPE_WIDGET)

/* A short name for an action in a message: the start of its description. */
static char *
action_name (BsAction *action,
             guint     position)
{
  const char *description = bs_action_get_description (action);
  g_autofree char *line = NULL;

  if (description == NULL || description[0] == '\0')
    /* Translators: an action without a description, by its place in the plan */
    return g_strdup_printf (_("action %u"), position);

  line = g_strndup (description, strcspn (description, "\n"));
  if (g_utf8_strlen (line, -1) > 40)
    {
      g_autofree char *start = g_utf8_substring (line, 0, 40);

      /* Translators: the start of an action's description, cut short */
      return g_strdup_printf (_("“%s…”"), start);
    }

  return g_strdup_printf (_("“%s”"), line);
}

static GtkWidget *
create_row_cb (gpointer item,
               gpointer user_data)
{
  BsActionPlanPage *self = user_data;

  return bs_action_row_new (self->assessment, item);
}

/* After the list box has made its rows for the change. */
static void
actions_changed_cb (BsActionPlanPage *self)
{
  guint n = g_list_model_get_n_items (bs_assessment_get_actions (self->assessment));

  for (guint i = 0; i < n; i++)
    {
      GtkListBoxRow *row = gtk_list_box_get_row_at_index (self->list, i);

      if (BS_IS_ACTION_ROW (row))
        bs_action_row_set_place (BS_ACTION_ROW (row), i == 0, i + 1 == n);
    }
}

static void
add_cb (BsActionPlanPage *self)
{
  bs_action_plan_page_add_action (self);
}

static void
bs_action_plan_page_dispose (GObject *object)
{
  BsActionPlanPage *self = (BsActionPlanPage *) object;

  gtk_widget_dispose_template (GTK_WIDGET (self), BS_TYPE_ACTION_PLAN_PAGE);

  g_clear_object (&self->assessment);

  G_OBJECT_CLASS (bs_action_plan_page_parent_class)->dispose (object);
}

static void
bs_action_plan_page_class_init (BsActionPlanPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = bs_action_plan_page_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/blendscan/Blendscan/bs-action-plan-page.ui");
  /* bound, so that disposing the template unparents it */
  gtk_widget_class_bind_template_child (widget_class, BsActionPlanPage, scrolled);
  gtk_widget_class_bind_template_child (widget_class, BsActionPlanPage, list);
  gtk_widget_class_bind_template_callback (widget_class, add_cb);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
bs_action_plan_page_init (BsActionPlanPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

void
bs_action_plan_page_set_assessment (BsActionPlanPage *self,
                                    BsAssessment     *assessment)
{
  g_return_if_fail (BS_IS_ACTION_PLAN_PAGE (self));
  g_return_if_fail (BS_IS_ASSESSMENT (assessment));

  if (self->assessment != NULL)
    g_signal_handlers_disconnect_by_func (bs_assessment_get_actions (self->assessment),
                                          actions_changed_cb, self);

  g_set_object (&self->assessment, assessment);
  gtk_list_box_bind_model (self->list, bs_assessment_get_actions (assessment),
                           create_row_cb, self, NULL);
  g_signal_connect_object (bs_assessment_get_actions (assessment), "items-changed",
                           G_CALLBACK (actions_changed_cb), self, G_CONNECT_SWAPPED);
  actions_changed_cb (self);
}

/**
 * bs_action_plan_page_add_action:
 *
 * Adds an empty action at the end and focuses its description.
 */
void
bs_action_plan_page_add_action (BsActionPlanPage *self)
{
  g_autoptr(BsAction) action = NULL;
  GListModel *actions;
  GtkListBoxRow *row;

  g_return_if_fail (BS_IS_ACTION_PLAN_PAGE (self));

  if (self->assessment == NULL)
    return;

  action = bs_action_new ();
  bs_assessment_add_action (self->assessment, action);

  actions = bs_assessment_get_actions (self->assessment);
  row = gtk_list_box_get_row_at_index (self->list, g_list_model_get_n_items (actions) - 1);
  if (BS_IS_ACTION_ROW (row))
    bs_action_row_focus (BS_ACTION_ROW (row));
}

GtkListBox *
bs_action_plan_page_get_list (BsActionPlanPage *self)
{
  g_return_val_if_fail (BS_IS_ACTION_PLAN_PAGE (self), NULL);

  return self->list;
}

/**
 * bs_action_plan_page_commit:
 *
 * Reads into the model what is still being typed, as saving needs.
 *
 * Returns: (transfer full) (element-type utf8): a message for each field
 *   that holds something the model cannot take, which stays in its field;
 *   empty when everything was read
 */
GPtrArray *
bs_action_plan_page_commit (BsActionPlanPage *self)
{
  GPtrArray *problems = g_ptr_array_new_with_free_func (g_free);
  GtkListBoxRow *row;

  g_return_val_if_fail (BS_IS_ACTION_PLAN_PAGE (self), problems);

  for (int i = 0; (row = gtk_list_box_get_row_at_index (self->list, i)) != NULL; i++)
    {
      g_autofree char *invalid = NULL;
      g_autofree char *name = NULL;

      if (!BS_IS_ACTION_ROW (row) || bs_action_row_commit (BS_ACTION_ROW (row)))
        continue;

      invalid = bs_action_row_get_invalid_due (BS_ACTION_ROW (row));
      name = action_name (bs_action_row_get_action (BS_ACTION_ROW (row)), i + 1);
      /* Translators: the first %s is what was typed as a due date, the second
       * names the action: “Introduce …” or action 3 */
      g_ptr_array_add (problems, g_strdup_printf (_("The due date “%s” of %s is not a date and was not saved. "
                                                    "It is still in the action plan, marked, to be corrected."),
                                                  invalid, name));
    }

  return problems;
}

/**
 * bs_action_plan_page_show_action:
 *
 * Brings the action at @position into view, with the focus on its row,
 * as after an undo: not in one of its fields, where the next Ctrl+Z would
 * undo typing rather than the next change.
 */
void
bs_action_plan_page_show_action (BsActionPlanPage *self,
                                 guint             position)
{
  GtkListBoxRow *row;

  g_return_if_fail (BS_IS_ACTION_PLAN_PAGE (self));

  row = gtk_list_box_get_row_at_index (self->list, position);
  if (row != NULL)
    gtk_widget_grab_focus (GTK_WIDGET (row));
}
