/* bs-action-plan-page.c: the action plan: what the team will do about what it found
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "blendscan-app"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "bs-a11y.h"
#include "bs-action-plan-page.h"
#include "bs-action-row.h"

struct _BsActionPlanPage
{
  GtkWidget     parent_instance;

  GtkWidget    *scrolled;
  BsAssessment *assessment;

  GtkListBox   *list;
  GtkDropDown  *status_filter;
  GtkDropDown  *owner_filter;
  GtkLabel     *count_label;
  GtkLabel     *placeholder;

  /* The actions the filter lets through, decided when the filter is set
   * and kept while the actions are edited: an action whose status or
   * owner is changed under a filter stays where it is until the filter
   * is set again, and one added (or put back by an undo) shows. */
  GHashTable   *shown;
  /* the owner filter's choices: NULL for any owner, "" for none */
  GPtrArray    *owner_keys;
  /* the owner list is being rebuilt, which must not filter again */
  guint         updating_owners : 1;
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

static BsActionShow
current_show (BsActionPlanPage *self)
{
  guint selected = gtk_drop_down_get_selected (self->status_filter);

  return selected <= BS_ACTION_SHOW_DROPPED ? (BsActionShow) selected : BS_ACTION_SHOW_ALL;
}

static const char *
current_owner (BsActionPlanPage *self)
{
  guint selected = gtk_drop_down_get_selected (self->owner_filter);

  return selected < self->owner_keys->len ? g_ptr_array_index (self->owner_keys, selected) : NULL;
}

static gboolean
filter_active (BsActionPlanPage *self)
{
  return current_show (self) != BS_ACTION_SHOW_ALL || current_owner (self) != NULL;
}

/* "Showing 2 of 7 actions" under a filter; what the placeholder says
 * when the list shows none. */
static void
update_count (BsActionPlanPage *self)
{
  GListModel *actions;
  guint n, n_shown = 0;

  g_assert (BS_IS_ACTION_PLAN_PAGE (self));

  if (self->assessment == NULL)
    return;

  actions = bs_assessment_get_actions (self->assessment);
  n = g_list_model_get_n_items (actions);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(BsAction) action = g_list_model_get_item (actions, i);

      if (g_hash_table_contains (self->shown, action))
        n_shown++;
    }

  if (filter_active (self) && n > 0)
    {
      /* Translators: how many of the action plan's actions the filter shows */
      g_autofree char *text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Showing %u of %u action",
                                                            "Showing %u of %u actions", n), n_shown, n);

      gtk_label_set_label (self->count_label, text);
      gtk_widget_set_visible (GTK_WIDGET (self->count_label), TRUE);
    }
  else
    gtk_widget_set_visible (GTK_WIDGET (self->count_label), FALSE);

  gtk_label_set_label (self->placeholder, n > 0 ? _("No actions match the filter") : _("No actions yet"));
}

/* A list box bound to a model takes no filter function: the rows the
 * filter leaves out are hidden instead, which keyboard navigation and the
 * placeholder follow as well. */
static void
show_rows (BsActionPlanPage *self)
{
  GtkListBoxRow *row;

  g_assert (BS_IS_ACTION_PLAN_PAGE (self));

  for (int i = 0; (row = gtk_list_box_get_row_at_index (self->list, i)) != NULL; i++)
    if (BS_IS_ACTION_ROW (row))
      gtk_widget_set_visible (GTK_WIDGET (row),
                              g_hash_table_contains (self->shown, bs_action_row_get_action (BS_ACTION_ROW (row))));
}

/* Decides again which actions show: when the filter is set. */
static void
apply_filter (BsActionPlanPage *self)
{
  BsActionShow show = current_show (self);
  const char *owner = current_owner (self);
  const char *today = bs_action_today ();
  GListModel *actions;

  g_assert (BS_IS_ACTION_PLAN_PAGE (self));

  g_hash_table_remove_all (self->shown);
  if (self->assessment == NULL)
    return;

  actions = bs_assessment_get_actions (self->assessment);
  for (guint i = 0; i < g_list_model_get_n_items (actions); i++)
    {
      BsAction *action = g_list_model_get_item (actions, i);

      if (bs_action_matches (action, show, owner, today))
        g_hash_table_add (self->shown, action);
      else
        g_object_unref (action);
    }

  show_rows (self);
  update_count (self);
}

static void
filter_changed_cb (BsActionPlanPage *self)
{
  if (!self->updating_owners)
    apply_filter (self);
}

/* The owners of the plan as the owner filter lists them: any owner, each
 * owner, and "No owner" when an action has none. An owner chosen stays a
 * choice while the filter is on it, even if no action has it any more. */
static void
update_owners (BsActionPlanPage *self)
{
  g_autoptr(GPtrArray) keys = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
  g_autofree char *chosen = g_strdup (current_owner (self));
  g_auto(GStrv) owners = NULL;
  GListModel *actions;
  gboolean without = FALSE;
  guint selected = 0;

  g_assert (BS_IS_ACTION_PLAN_PAGE (self));

  if (self->assessment == NULL)
    return;

  actions = bs_assessment_get_actions (self->assessment);
  owners = bs_action_list_owners (actions);
  for (guint i = 0; i < g_list_model_get_n_items (actions) && !without; i++)
    {
      g_autoptr(BsAction) action = g_list_model_get_item (actions, i);
      g_autofree char *key = bs_action_owner_key (action);

      without = key[0] == '\0';
    }

  g_ptr_array_add (keys, NULL);
  gtk_string_list_append (labels, _("Everyone"));
  for (guint i = 0; owners[i] != NULL; i++)
    {
      g_ptr_array_add (keys, g_strdup (owners[i]));
      gtk_string_list_append (labels, owners[i]);
    }
  if (chosen != NULL && chosen[0] != '\0' && !g_strv_contains ((const char * const *) owners, chosen))
    {
      g_ptr_array_add (keys, g_strdup (chosen));
      gtk_string_list_append (labels, chosen);
    }
  if (without || (chosen != NULL && chosen[0] == '\0'))
    {
      g_ptr_array_add (keys, g_strdup (""));
      gtk_string_list_append (labels, _("No owner"));
    }

  /* Unchanged: the drop-down keeps its list, and its popup stays open. */
  if (keys->len == self->owner_keys->len)
    {
      gboolean same = TRUE;

      for (guint i = 0; i < keys->len && same; i++)
        same = g_strcmp0 (g_ptr_array_index (keys, i), g_ptr_array_index (self->owner_keys, i)) == 0;
      if (same)
        return;
    }

  for (guint i = 0; i < keys->len; i++)
    if (g_strcmp0 (g_ptr_array_index (keys, i), chosen) == 0)
      selected = i;

  self->updating_owners = TRUE;
  g_ptr_array_unref (self->owner_keys);
  self->owner_keys = g_steal_pointer (&keys);
  gtk_drop_down_set_model (self->owner_filter, G_LIST_MODEL (labels));
  gtk_drop_down_set_selected (self->owner_filter, selected);
  self->updating_owners = FALSE;
}

/* Before the list box makes the rows: what is added shows. */
static void
items_changed_cb (GListModel       *actions,
                  guint             position,
                  guint             removed,
                  guint             added,
                  BsActionPlanPage *self)
{
  for (guint i = position; i < position + added; i++)
    g_hash_table_add (self->shown, g_list_model_get_item (actions, i));
}

static void
assessment_changed_cb (BsActionPlanPage *self)
{
  update_owners (self);
  update_count (self);
}

static void
owner_setup_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *item,
                gpointer                  ellipsize)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  if (GPOINTER_TO_INT (ellipsize))
    gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_list_item_set_child (item, label);
}

static void
owner_bind_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               gpointer                  ellipsize)
{
  GtkStringObject *string = gtk_list_item_get_item (item);

  gtk_label_set_label (GTK_LABEL (gtk_list_item_get_child (item)), gtk_string_object_get_string (string));
}

/* Owners are often a name and a team: the button shortens the chosen one,
 * so that a narrow window need not grow; the list shows them whole. */
static GtkListItemFactory *
owner_factory_new (gboolean ellipsize)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();

  g_signal_connect (factory, "setup", G_CALLBACK (owner_setup_cb), GINT_TO_POINTER (ellipsize));
  g_signal_connect (factory, "bind", G_CALLBACK (owner_bind_cb), GINT_TO_POINTER (ellipsize));

  return factory;
}

static GtkWidget *
create_row_cb (gpointer item,
               gpointer user_data)
{
  BsActionPlanPage *self = user_data;
  GtkWidget *row = bs_action_row_new (self->assessment, item);

  gtk_widget_set_visible (row, g_hash_table_contains (self->shown, item));

  return row;
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

  update_owners (self);
  update_count (self);
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
  g_hash_table_remove_all (self->shown);

  G_OBJECT_CLASS (bs_action_plan_page_parent_class)->dispose (object);
}

static void
bs_action_plan_page_finalize (GObject *object)
{
  BsActionPlanPage *self = (BsActionPlanPage *) object;

  g_hash_table_unref (self->shown);
  g_ptr_array_unref (self->owner_keys);

  G_OBJECT_CLASS (bs_action_plan_page_parent_class)->finalize (object);
}

static void
bs_action_plan_page_class_init (BsActionPlanPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = bs_action_plan_page_dispose;
  object_class->finalize = bs_action_plan_page_finalize;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/blendscan/Blendscan/bs-action-plan-page.ui");
  /* bound, so that disposing the template unparents it */
  gtk_widget_class_bind_template_child (widget_class, BsActionPlanPage, scrolled);
  gtk_widget_class_bind_template_child (widget_class, BsActionPlanPage, list);
  gtk_widget_class_bind_template_child (widget_class, BsActionPlanPage, status_filter);
  gtk_widget_class_bind_template_child (widget_class, BsActionPlanPage, owner_filter);
  gtk_widget_class_bind_template_child (widget_class, BsActionPlanPage, count_label);
  gtk_widget_class_bind_template_child (widget_class, BsActionPlanPage, placeholder);
  gtk_widget_class_bind_template_callback (widget_class, add_cb);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
bs_action_plan_page_init (BsActionPlanPage *self)
{
  g_autoptr(GtkStringList) statuses = gtk_string_list_new (NULL);

  self->shown = g_hash_table_new_full (g_direct_hash, g_direct_equal, g_object_unref, NULL);
  self->owner_keys = g_ptr_array_new_with_free_func (g_free);
  g_ptr_array_add (self->owner_keys, NULL);

  gtk_widget_init_template (GTK_WIDGET (self));

  /* In the order of BsActionShow. */
  gtk_string_list_append (statuses, _("All Actions"));
  /* Translators: planned or in progress */
  gtk_string_list_append (statuses, C_("actions", "Open"));
  gtk_string_list_append (statuses, _("Overdue"));
  for (BsActionStatus s = BS_ACTION_PLANNED; s <= BS_ACTION_DROPPED; s++)
    gtk_string_list_append (statuses, bs_action_status_get_label (s));
  gtk_drop_down_set_model (self->status_filter, G_LIST_MODEL (statuses));
  {
    g_autoptr(GtkStringList) owners = gtk_string_list_new ((const char * const[]) { _("Everyone"), NULL });
    g_autoptr(GtkListItemFactory) button_factory = owner_factory_new (TRUE);
    g_autoptr(GtkListItemFactory) list_factory = owner_factory_new (FALSE);

    gtk_drop_down_set_factory (self->owner_filter, button_factory);
    gtk_drop_down_set_list_factory (self->owner_filter, list_factory);
    gtk_drop_down_set_model (self->owner_filter, G_LIST_MODEL (owners));
  }
  /* The drop-downs have their names from their labels; their buttons too. */
  bs_a11y_label_drop_down_toggle (GTK_WIDGET (self->status_filter), _("Show"));
  bs_a11y_label_drop_down_toggle (GTK_WIDGET (self->owner_filter), _("Owner"));

  g_signal_connect_object (self->status_filter, "notify::selected", G_CALLBACK (filter_changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->owner_filter, "notify::selected", G_CALLBACK (filter_changed_cb), self,
                           G_CONNECT_SWAPPED);
}

void
bs_action_plan_page_set_assessment (BsActionPlanPage *self,
                                    BsAssessment     *assessment)
{
  g_return_if_fail (BS_IS_ACTION_PLAN_PAGE (self));
  g_return_if_fail (BS_IS_ASSESSMENT (assessment));

  if (self->assessment != NULL)
    {
      g_signal_handlers_disconnect_by_func (bs_assessment_get_actions (self->assessment),
                                            actions_changed_cb, self);
      g_signal_handlers_disconnect_by_func (bs_assessment_get_actions (self->assessment),
                                            items_changed_cb, self);
      g_signal_handlers_disconnect_by_func (self->assessment, assessment_changed_cb, self);
    }

  g_set_object (&self->assessment, assessment);
  /* A new assessment starts with every action shown. */
  self->updating_owners = TRUE;
  gtk_drop_down_set_selected (self->status_filter, BS_ACTION_SHOW_ALL);
  gtk_drop_down_set_selected (self->owner_filter, 0);
  self->updating_owners = FALSE;
  apply_filter (self);
  /* Connected before the list box's own handler, so that an added
   * action is let through before its row is made. */
  g_signal_connect_object (bs_assessment_get_actions (assessment), "items-changed",
                           G_CALLBACK (items_changed_cb), self, 0);
  gtk_list_box_bind_model (self->list, bs_assessment_get_actions (assessment),
                           create_row_cb, self, NULL);
  g_signal_connect_object (bs_assessment_get_actions (assessment), "items-changed",
                           G_CALLBACK (actions_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (assessment, "changed", G_CALLBACK (assessment_changed_cb), self, G_CONNECT_SWAPPED);
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

/**
 * bs_action_plan_page_get_status_filter:
 *
 * Returns: (transfer none): the drop-down that filters by status, its
 *   choices in the order of #BsActionShow
 */
GtkDropDown *
bs_action_plan_page_get_status_filter (BsActionPlanPage *self)
{
  g_return_val_if_fail (BS_IS_ACTION_PLAN_PAGE (self), NULL);

  return self->status_filter;
}

/**
 * bs_action_plan_page_get_owner_filter:
 *
 * Returns: (transfer none): the drop-down that filters by owner: everyone
 *   first, then the owners alphabetically, then "No owner" where needed
 */
GtkDropDown *
bs_action_plan_page_get_owner_filter (BsActionPlanPage *self)
{
  g_return_val_if_fail (BS_IS_ACTION_PLAN_PAGE (self), NULL);

  return self->owner_filter;
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
