/* bs-window.c: one window, one assessment: its pages, the sidebar and the walk-through
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "blendscan-app"

#include "config.h"

#include <glib/gi18n.h>

#include "bs-a11y.h"
#include "bs-action-plan-page.h"
#include "bs-settings.h"
#include "bs-window-private.h"

#include "bs-results-page.h"

G_DEFINE_FINAL_TYPE (BsWindow, bs_window, ADW_TYPE_APPLICATION_WINDOW)

static void
set_str (char       **field,
         const char  *value)
{
  if (g_strcmp0 (*field, value) != 0)
    {
      g_free (*field);
      *field = g_strdup (value);
    }
}

static void
assessment_changed_cb (BsWindow *self)
{
  _bs_window_set_dirty (self, TRUE);
  _bs_window_update_title (self);
  _bs_window_update_compare_actions (self);
}

static void
undo_notify_cb (BsWindow *self)
{
  _bs_window_update_actions (self);
}

static void
build_sidebar (BsWindow *self)
{
  BsFramework *framework = bs_assessment_get_framework (self->assessment);
  GListModel *levels = bs_framework_get_levels (framework);
  GtkWidget *row;

  while ((row = gtk_widget_get_first_child (GTK_WIDGET (self->sidebar))) != NULL)
    gtk_list_box_remove (self->sidebar, row);
  g_ptr_array_set_size (self->dimensions, 0);

  /* First, so that they stay in sight however many dimensions follow. */
  gtk_list_box_append (self->sidebar, bs_sidebar_row_new_page (self->assessment, BS_SIDEBAR_ROW_RESULTS));
  gtk_list_box_append (self->sidebar, bs_sidebar_row_new_page (self->assessment, BS_SIDEBAR_ROW_ACTIONS));
  if (_bs_window_asks_reflections (self))
    gtk_list_box_append (self->sidebar, bs_sidebar_row_new_page (self->assessment, BS_SIDEBAR_ROW_REFLECTION));

  for (guint l = 0; l < g_list_model_get_n_items (levels); l++)
    {
      g_autoptr(BsLevel) level = g_list_model_get_item (levels, l);
      GListModel *dimensions = bs_level_get_dimensions (level);

      if (!bs_assessment_includes_level (self->assessment, bs_level_get_id (level)))
        continue;

      gtk_list_box_append (self->sidebar, bs_sidebar_row_new_level (self->assessment, level));

      for (guint d = 0; d < g_list_model_get_n_items (dimensions); d++)
        {
          BsDimension *dimension = g_list_model_get_item (dimensions, d);

          gtk_list_box_append (self->sidebar, bs_sidebar_row_new_dimension (self->assessment, dimension));
          g_ptr_array_add (self->dimensions, dimension);
        }
    }
}

static BsSidebarRow *
find_row (BsWindow         *self,
          BsSidebarRowKind  kind,
          BsDimension      *dimension)
{
  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (self->sidebar));
       row != NULL;
       row = gtk_widget_get_next_sibling (row))
    {
      if (!BS_IS_SIDEBAR_ROW (row) || bs_sidebar_row_get_kind (BS_SIDEBAR_ROW (row)) != kind)
        continue;
      if (dimension == NULL || bs_sidebar_row_get_dimension (BS_SIDEBAR_ROW (row)) == dimension)
        return BS_SIDEBAR_ROW (row);
    }

  return NULL;
}

/* Radars and tables for every level cost start-up time and memory that a
 * session which never looks at the results should not pay. */
static void
ensure_results (BsWindow *self)
{
  if (self->results_stale && self->assessment != NULL)
    bs_results_page_set_assessment (BS_RESULTS_PAGE (self->results_page), self->assessment);
  self->results_stale = FALSE;
}

/* Levels included or left out in the details: the sidebar and the
 * results follow, and the page shown stays if it still exists. */
/* Whether the assessment asks reflection questions: a framework may have
 * none, or only ones for levels the assessment leaves out. */
gboolean
_bs_window_asks_reflections (BsWindow *self)
{
  g_autoptr(GPtrArray) reflections = NULL;

  if (self->assessment == NULL)
    return FALSE;

  reflections = bs_assessment_list_reflections (self->assessment);
  return reflections->len > 0;
}

static void
levels_changed_cb (BsWindow *self)
{
  BsDimension *current = bs_dimension_page_get_dimension (self->dimension_page);
  const char *page = gtk_stack_get_visible_child_name (self->content_stack);
  BsSidebarRow *row = NULL;
  gboolean left_out = FALSE;

  g_assert (BS_IS_WINDOW (self));

  for (guint i = 0; i < self->dimensions->len; i++)
    if (!bs_assessment_includes_level (self->assessment,
                                       bs_dimension_get_level_id (g_ptr_array_index (self->dimensions, i))))
      left_out = TRUE;

  /* Undoing an answer at a level left out would put it back where the
   * file may not hold it. */
  if (left_out)
    bs_undo_stack_clear (self->undo_stack);

  build_sidebar (self);

  self->results_stale = TRUE;
  if (g_strcmp0 (page, "results") == 0)
    ensure_results (self);

  if (g_strcmp0 (page, "results") == 0)
    row = find_row (self, BS_SIDEBAR_ROW_RESULTS, NULL);
  else if (g_strcmp0 (page, "actions") == 0)
    row = find_row (self, BS_SIDEBAR_ROW_ACTIONS, NULL);
  else if (g_strcmp0 (page, "reflection") == 0)
    row = find_row (self, BS_SIDEBAR_ROW_REFLECTION, NULL);
  else if (current != NULL)
    row = find_row (self, BS_SIDEBAR_ROW_DIMENSION, current);

  if (row == NULL && self->dimensions->len > 0)
    row = find_row (self, BS_SIDEBAR_ROW_DIMENSION, g_ptr_array_index (self->dimensions, 0));

  if (row != NULL)
    gtk_list_box_select_row (self->sidebar, GTK_LIST_BOX_ROW (row));

  _bs_window_update_actions (self);
}

static void
sidebar_row_selected_cb (BsWindow      *self,
                         GtkListBoxRow *row)
{
  BsSidebarRow *sidebar_row;

  if (row == NULL || self->assessment == NULL)
    return;

  sidebar_row = BS_SIDEBAR_ROW (row);

  switch (bs_sidebar_row_get_kind (sidebar_row))
    {
    case BS_SIDEBAR_ROW_DIMENSION:
      if (bs_dimension_page_get_dimension (self->dimension_page) != bs_sidebar_row_get_dimension (sidebar_row))
        bs_dimension_page_set_dimension (self->dimension_page, self->assessment,
                                         bs_sidebar_row_get_dimension (sidebar_row));
      gtk_stack_set_visible_child_name (self->content_stack, "dimension");
      break;

    case BS_SIDEBAR_ROW_RESULTS:
      if (self->results_page != NULL)
        {
          ensure_results (self);
          gtk_stack_set_visible_child_name (self->content_stack, "results");
        }
      break;

    case BS_SIDEBAR_ROW_ACTIONS:
      gtk_stack_set_visible_child_name (self->content_stack, "actions");
      break;

    case BS_SIDEBAR_ROW_REFLECTION:
      gtk_stack_set_visible_child_name (self->content_stack, "reflection");
      break;

    case BS_SIDEBAR_ROW_LEVEL:
    default:
      break;
    }

  /* Folded, the sidebar lies over the page: a choice made in it closes it,
   * as a menu would. */
  if (adw_flap_get_folded (self->flap) && bs_sidebar_row_get_kind (sidebar_row) != BS_SIDEBAR_ROW_LEVEL)
    adw_flap_set_reveal_flap (self->flap, FALSE);

  _bs_window_update_actions (self);
}

/* The sidebar button is there while an assessment is open (on the welcome
 * page there is no sidebar). It stays when the sidebar folds: showing it
 * only then changed the header's size in the middle of a resize, and GTK
 * 4.8 went on allocating without drawing the page. Side by side it hides
 * the sidebar, for a projector; folded it slides the sidebar in. */
static void
update_sidebar_button (BsWindow *self)
{
  gboolean walking = g_strcmp0 (gtk_stack_get_visible_child_name (self->main_stack), "assessment") == 0;
  gboolean folded = adw_flap_get_folded (self->flap);

  /* Side by side the sidebar always shows; folded it starts hidden and
   * slides in on demand. */
  if (folded != self->sidebar_folded)
    {
      self->sidebar_folded = folded;
      adw_flap_set_reveal_flap (self->flap, !folded);
    }

  gtk_widget_set_visible (self->sidebar_button, walking);
  _bs_window_update_actions (self);
}

static gboolean
update_sidebar_button_idle_cb (gpointer data)
{
  BsWindow *self = BS_WINDOW (data);

  self->folded_idle = 0;
  update_sidebar_button (self);

  return G_SOURCE_REMOVE;
}

/* The flap folds while it is being allocated; what follows from it
 * (hiding the sidebar, showing the button) changes sizes again, so it
 * waits until the allocation is done. */
static void
flap_folded_cb (BsWindow *self)
{
  if (self->folded_idle == 0)
    self->folded_idle = g_idle_add_full (G_PRIORITY_HIGH_IDLE, update_sidebar_button_idle_cb,
                                         g_object_ref (self), g_object_unref);
}

static void
new_page_create_cb (BsWindow     *self,
                    BsAssessment *assessment)
{
  bs_window_set_assessment (self, assessment, NULL, TRUE);
}

static void
new_page_cancel_cb (BsWindow *self)
{
  gtk_stack_set_visible_child_name (self->main_stack,
                                    self->assessment != NULL ? "assessment" : "welcome");
  _bs_window_update_actions (self);
}

static void
save_window_state (BsWindow *self)
{
  int width, height;

  gtk_window_get_default_size (GTK_WINDOW (self), &width, &height);

  g_settings_delay (self->settings);
  g_settings_set_boolean (self->settings, "window-maximized", gtk_window_is_maximized (GTK_WINDOW (self)));
  if (!gtk_window_is_maximized (GTK_WINDOW (self)))
    {
      g_settings_set_int (self->settings, "window-width", width);
      g_settings_set_int (self->settings, "window-height", height);
    }
  g_settings_apply (self->settings);
}

static void
bs_window_snapshot (GtkWidget   *widget,
                    GtkSnapshot *snapshot)
{
  BS_WINDOW (widget)->drawn = TRUE;

  GTK_WIDGET_CLASS (bs_window_parent_class)->snapshot (widget, snapshot);
}

static gboolean
bs_window_close_request (GtkWindow *window)
{
  BsWindow *self = BS_WINDOW (window);

  if (_bs_window_ask_to_save (self))
    return TRUE;

  save_window_state (self);
  _bs_window_remove_recovery (self);

  return GTK_WINDOW_CLASS (bs_window_parent_class)->close_request (window);
}

static void
bs_window_dispose (GObject *object)
{
  BsWindow *self = (BsWindow *) object;

  g_clear_handle_id (&self->recovery_source, g_source_remove);
  g_clear_handle_id (&self->folded_idle, g_source_remove);

  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);

  gtk_widget_dispose_template (GTK_WIDGET (self), BS_TYPE_WINDOW);

  g_clear_object (&self->undo_toast);
  g_clear_object (&self->undo_stack);
  g_clear_object (&self->assessment);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (bs_window_parent_class)->dispose (object);
}

static void
bs_window_finalize (GObject *object)
{
  BsWindow *self = (BsWindow *) object;

  g_free (self->path);
  g_free (self->recovery_path);
  g_ptr_array_unref (self->dimensions);

  G_OBJECT_CLASS (bs_window_parent_class)->finalize (object);
}

static void
bs_window_class_init (BsWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = bs_window_dispose;
  object_class->finalize = bs_window_finalize;

  widget_class->snapshot = bs_window_snapshot;

  window_class->close_request = bs_window_close_request;

  g_type_ensure (BS_TYPE_WELCOME_PAGE);
  g_type_ensure (BS_TYPE_NEW_ASSESSMENT_PAGE);
  g_type_ensure (BS_TYPE_DIMENSION_PAGE);
  g_type_ensure (BS_TYPE_ACTION_PLAN_PAGE);
  g_type_ensure (BS_TYPE_REFLECTION_PAGE);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/blendscan/Blendscan/bs-window.ui");
  gtk_widget_class_bind_template_child (widget_class, BsWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, BsWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, BsWindow, main_stack);
  gtk_widget_class_bind_template_child (widget_class, BsWindow, welcome_page);
  gtk_widget_class_bind_template_child (widget_class, BsWindow, menu_button);
  gtk_widget_class_bind_template_child (widget_class, BsWindow, flap);
  gtk_widget_class_bind_template_child (widget_class, BsWindow, sidebar_button);
  gtk_widget_class_bind_template_child (widget_class, BsWindow, save_button);
  gtk_widget_class_bind_template_child (widget_class, BsWindow, undo_box);
  gtk_widget_class_bind_template_child (widget_class, BsWindow, new_page);
  gtk_widget_class_bind_template_child (widget_class, BsWindow, sidebar);
  gtk_widget_class_bind_template_child (widget_class, BsWindow, content_stack);
  gtk_widget_class_bind_template_child (widget_class, BsWindow, dimension_page);
  gtk_widget_class_bind_template_child (widget_class, BsWindow, action_plan_page);
  gtk_widget_class_bind_template_child (widget_class, BsWindow, reflection_page);
  gtk_widget_class_bind_template_callback (widget_class, sidebar_row_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, new_page_create_cb);
  gtk_widget_class_bind_template_callback (widget_class, new_page_cancel_cb);

  _bs_window_class_actions_init (klass);
  _bs_window_class_export_init (klass);
  _bs_window_class_collect_init (klass);
  _bs_window_class_compare_init (klass);
  _bs_window_class_cycle_init (klass);
}

static void
bs_window_init (BsWindow *self)
{
  g_autoptr(GtkWindowGroup) group = gtk_window_group_new ();

  /* A window group of its own: a dialog over one assessment blocks that
   * window only, not every other one the application has open. Dialogs
   * made transient for it join its group. */
  gtk_window_group_add_window (group, GTK_WINDOW (self));

  self->dimensions = g_ptr_array_new_with_free_func (g_object_unref);

  gtk_widget_init_template (GTK_WIDGET (self));
  bs_a11y_repair_names (GTK_WIDGET (self));
  bs_a11y_label_popup_button (self->menu_button, _("Main Menu"));

  self->settings = bs_settings_new ();
  gtk_window_set_default_size (GTK_WINDOW (self),
                               g_settings_get_int (self->settings, "window-width"),
                               g_settings_get_int (self->settings, "window-height"));
  if (g_settings_get_boolean (self->settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));

  self->results_page = bs_results_page_new ();
  gtk_stack_add_named (self->content_stack, self->results_page, "results");

  g_signal_connect_object (self->main_stack, "notify::visible-child", G_CALLBACK (update_sidebar_button),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->flap, "notify::folded", G_CALLBACK (flap_folded_cb),
                           self, G_CONNECT_SWAPPED);
  g_object_bind_property (self->flap, "reveal-flap", self->sidebar_button, "active",
                          G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);
  _bs_window_collect_init (self);
  _bs_window_update_title (self);
  _bs_window_update_actions (self);
}

/**
 * bs_window_new:
 * @application: (nullable): the application, or %NULL in tests
 *
 * Returns: (transfer none): a new window showing the welcome page
 */
BsWindow *
bs_window_new (GtkApplication *application)
{
  return g_object_new (BS_TYPE_WINDOW, "application", application, NULL);
}

/**
 * bs_window_set_assessment:
 * @path: (nullable): where it is saved, if anywhere
 * @dirty: whether it has changes not in @path
 *
 * Makes @assessment this window's, and starts the walk-through at its
 * first dimension.
 */
void
bs_window_set_assessment (BsWindow     *self,
                          BsAssessment *assessment,
                          const char   *path,
                          gboolean      dirty)
{
  BsStatementCard *card;
  BsSidebarRow *row;

  g_return_if_fail (BS_IS_WINDOW (self));
  g_return_if_fail (BS_IS_ASSESSMENT (assessment));

  if (self->assessment != NULL)
    g_signal_handlers_disconnect_by_data (self->assessment, self);
  if (self->undo_stack != NULL)
    g_signal_handlers_disconnect_by_data (self->undo_stack, self);

  g_set_object (&self->assessment, assessment);
  set_str (&self->path, path);
  self->disk_stamp_known = FALSE;
  g_clear_object (&self->undo_stack);
  self->undo_stack = bs_undo_stack_new (assessment);

  g_signal_connect_object (assessment, "changed", G_CALLBACK (assessment_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (assessment, "notify::levels", G_CALLBACK (levels_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->undo_stack, "notify", G_CALLBACK (undo_notify_cb), self, G_CONNECT_SWAPPED);

  build_sidebar (self);
  bs_action_plan_page_set_assessment (self->action_plan_page, assessment);
  bs_reflection_page_set_assessment (self->reflection_page, assessment);
  self->results_stale = TRUE;

  _bs_window_track_unsaved (self, dirty);

  gtk_widget_set_visible (self->save_button, TRUE);
  gtk_widget_set_visible (self->undo_box, TRUE);
  /* Before the window's first frame there is nothing to fade from: a
   * cross-fade would render the welcome page offscreen for nobody, at a
   * cost in memory under software GL. */
  gtk_stack_set_visible_child_full (self->main_stack, "assessment",
                                    self->drawn ? gtk_stack_get_transition_type (self->main_stack)
                                                : GTK_STACK_TRANSITION_TYPE_NONE);

  if (self->dimensions->len > 0)
    {
      row = find_row (self, BS_SIDEBAR_ROW_DIMENSION, g_ptr_array_index (self->dimensions, 0));
      gtk_list_box_select_row (self->sidebar, GTK_LIST_BOX_ROW (row));
    }

  /* Ready for the keyboard: digits answer the first statement. */
  card = bs_dimension_page_get_nth_card (self->dimension_page, 0);
  if (card != NULL)
    bs_statement_card_focus (card);

  _bs_window_update_actions (self);
}

/**
 * bs_window_open_path:
 *
 * Loads the assessment at @path into this window. When it cannot be read,
 * says why in a dialog and leaves the window as it was.
 *
 * Returns: whether it was opened
 */
gboolean
bs_window_open_path (BsWindow   *self,
                     const char *path)
{
  g_autoptr(BsAssessment) assessment = NULL;
  g_autoptr(GError) error = NULL;
  BsFileStamp stamp;

  g_return_val_if_fail (BS_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  /* Taken before reading: a change made while reading then counts as a
   * change, never the other way round. */
  bs_file_stamp_read (&stamp, path);
  assessment = bs_assessment_load (path, NULL, &error);
  if (assessment == NULL)
    {
      bs_window_show_error (self, _("Could Not Open File"), error->message);
      return FALSE;
    }

  bs_window_set_assessment (self, assessment, path, FALSE);
  self->disk_stamp = stamp;
  self->disk_stamp_known = TRUE;

  bs_settings_add_recent (self->settings, path);

  return TRUE;
}

BsAssessment *
bs_window_get_assessment (BsWindow *self)
{
  g_return_val_if_fail (BS_IS_WINDOW (self), NULL);

  return self->assessment;
}

const char *
bs_window_get_path (BsWindow *self)
{
  g_return_val_if_fail (BS_IS_WINDOW (self), NULL);

  return self->path;
}

void
_bs_window_mark_saved (BsWindow   *self,
                       const char *path)
{
  set_str (&self->path, path);
  _bs_window_set_dirty (self, FALSE);
  _bs_window_update_title (self);
  _bs_window_remove_recovery (self);

  bs_settings_add_recent (self->settings, path);
}

/**
 * bs_window_save_to_path:
 *
 * Saves the assessment at @path; a failure is shown in a dialog. A due
 * date that is not a date cannot go into the file: the rest is saved, and
 * a dialog says what was not.
 *
 * Returns: whether everything was saved
 */
gboolean
bs_window_save_to_path (BsWindow   *self,
                        const char *path)
{
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;

  g_return_val_if_fail (BS_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (self->assessment != NULL, FALSE);

  problems = bs_action_plan_page_commit (self->action_plan_page);

  if (!bs_assessment_save (self->assessment, path, &error))
    {
      bs_window_show_error (self, _("Could Not Save"), error->message);
      return FALSE;
    }

  _bs_window_mark_saved (self, path);
  bs_file_stamp_read (&self->disk_stamp, path);
  self->disk_stamp_known = TRUE;

  if (problems->len == 0)
    {
      bs_window_show_toast (self, _("Saved"));
      return TRUE;
    }

  /* What was typed is still in its field and not in the file: the window
   * keeps its unsaved mark, so closing it still asks, and the dialog says
   * which field, rather than a "Saved" that is not quite true. */
  _bs_window_set_dirty (self, TRUE);
  g_ptr_array_add (problems, NULL);
  message = g_strjoinv ("\n\n", (char **) problems->pdata);
  bs_window_show_error (self, _("Not Everything Was Saved"), message);

  return FALSE;
}

/**
 * bs_window_show_new_assessment:
 *
 * Shows the form for a new assessment in this window.
 */
void
bs_window_show_new_assessment (BsWindow *self)
{
  g_autofree char *author = NULL;

  g_return_if_fail (BS_IS_WINDOW (self));

  author = g_settings_get_string (self->settings, "author-name");
  bs_new_assessment_page_reset (self->new_page, author);
  gtk_stack_set_visible_child_name (self->main_stack, "new");
  gtk_widget_grab_focus (GTK_WIDGET (bs_new_assessment_page_get_entry (self->new_page, "title")));
  _bs_window_update_actions (self);
}

void
bs_window_show_dimension (BsWindow   *self,
                          const char *level_id,
                          const char *dimension_id)
{
  BsDimension *dimension;
  BsSidebarRow *row;

  g_return_if_fail (BS_IS_WINDOW (self));
  g_return_if_fail (self->assessment != NULL);

  dimension = bs_framework_lookup_dimension (bs_assessment_get_framework (self->assessment),
                                             level_id, dimension_id);
  row = find_row (self, BS_SIDEBAR_ROW_DIMENSION, dimension);
  if (row != NULL)
    gtk_list_box_select_row (self->sidebar, GTK_LIST_BOX_ROW (row));
}

/**
 * bs_window_show_statement:
 *
 * Shows the dimension of @statement_id and focuses its card.
 */
void
bs_window_show_statement (BsWindow   *self,
                          const char *statement_id)
{
  BsStatement *statement;
  BsStatementCard *card;

  g_return_if_fail (BS_IS_WINDOW (self));
  g_return_if_fail (self->assessment != NULL);

  statement = bs_framework_lookup_statement (bs_assessment_get_framework (self->assessment), statement_id);
  if (statement == NULL)
    return;

  bs_window_show_dimension (self, bs_statement_get_level_id (statement),
                            bs_statement_get_dimension_id (statement));
  card = bs_dimension_page_get_card (self->dimension_page, statement_id);
  if (card != NULL)
    bs_statement_card_focus (card);
}

/**
 * bs_window_show_page:
 * @kind: %BS_SIDEBAR_ROW_RESULTS, %BS_SIDEBAR_ROW_ACTIONS or
 *   %BS_SIDEBAR_ROW_REFLECTION
 */
void
bs_window_show_page (BsWindow         *self,
                     BsSidebarRowKind  kind)
{
  BsSidebarRow *row;

  g_return_if_fail (BS_IS_WINDOW (self));

  row = find_row (self, kind, NULL);
  if (row != NULL)
    gtk_list_box_select_row (self->sidebar, GTK_LIST_BOX_ROW (row));
}

/**
 * bs_window_get_visible_page:
 *
 * Returns: "welcome", "new", "dimension", "results", "actions" or
 *   "reflection"
 */
const char *
bs_window_get_visible_page (BsWindow *self)
{
  const char *name;

  g_return_val_if_fail (BS_IS_WINDOW (self), NULL);

  name = gtk_stack_get_visible_child_name (self->main_stack);
  if (g_strcmp0 (name, "assessment") == 0)
    return gtk_stack_get_visible_child_name (self->content_stack);

  return name;
}

/**
 * bs_window_get_sidebar_row:
 * @dimension_id: (nullable): %NULL for the row of the level
 *
 * Returns: (transfer none) (nullable): the sidebar row of a level or
 *   dimension
 */
BsSidebarRow *
bs_window_get_sidebar_row (BsWindow   *self,
                           const char *level_id,
                           const char *dimension_id)
{
  BsFramework *framework;

  g_return_val_if_fail (BS_IS_WINDOW (self), NULL);
  g_return_val_if_fail (self->assessment != NULL, NULL);

  framework = bs_assessment_get_framework (self->assessment);

  if (dimension_id != NULL)
    return find_row (self, BS_SIDEBAR_ROW_DIMENSION,
                     bs_framework_lookup_dimension (framework, level_id, dimension_id));

  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (self->sidebar));
       row != NULL;
       row = gtk_widget_get_next_sibling (row))
    {
      BsSidebarRow *sidebar_row = BS_SIDEBAR_ROW (row);
      GtkWidget *next = gtk_widget_get_next_sibling (row);

      /* a level's row comes right before its first dimension */
      if (bs_sidebar_row_get_kind (sidebar_row) == BS_SIDEBAR_ROW_LEVEL && next != NULL &&
          BS_IS_SIDEBAR_ROW (next) && bs_sidebar_row_get_dimension (BS_SIDEBAR_ROW (next)) != NULL &&
          g_strcmp0 (bs_dimension_get_level_id (bs_sidebar_row_get_dimension (BS_SIDEBAR_ROW (next))), level_id) == 0)
        return sidebar_row;
    }

  return NULL;
}

BsDimensionPage *
bs_window_get_dimension_page (BsWindow *self)
{
  g_return_val_if_fail (BS_IS_WINDOW (self), NULL);

  return self->dimension_page;
}

/**
 * bs_window_get_welcome_page:
 *
 * Returns: (transfer none): the page shown before an assessment is open
 */
BsWelcomePage *
bs_window_get_welcome_page (BsWindow *self)
{
  g_return_val_if_fail (BS_IS_WINDOW (self), NULL);

  return self->welcome_page;
}

BsNewAssessmentPage *
bs_window_get_new_assessment_page (BsWindow *self)
{
  g_return_val_if_fail (BS_IS_WINDOW (self), NULL);

  return self->new_page;
}

GtkWidget *
bs_window_get_action_plan_page (BsWindow *self)
{
  g_return_val_if_fail (BS_IS_WINDOW (self), NULL);

  return GTK_WIDGET (self->action_plan_page);
}

GtkWidget *
bs_window_get_reflection_page (BsWindow *self)
{
  g_return_val_if_fail (BS_IS_WINDOW (self), NULL);

  return GTK_WIDGET (self->reflection_page);
}

/**
 * bs_window_get_results_page:
 *
 * Returns: (transfer none) (nullable): the results page, when built with
 *   the render library
 */
GtkWidget *
bs_window_get_results_page (BsWindow *self)
{
  g_return_val_if_fail (BS_IS_WINDOW (self), NULL);

  ensure_results (self);
  return self->results_page;
}

BsUndoStack *
bs_window_get_undo_stack (BsWindow *self)
{
  g_return_val_if_fail (BS_IS_WINDOW (self), NULL);

  return self->undo_stack;
}

/**
 * bs_window_show_error:
 *
 * Says what went wrong, in a dialog over the window, which stays usable.
 */
void
bs_window_show_error (BsWindow   *self,
                      const char *heading,
                      const char *message)
{
  GtkWidget *dialog;

  g_return_if_fail (BS_IS_WINDOW (self));

  dialog = adw_message_dialog_new (GTK_WINDOW (self), heading, message);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "close");
  gtk_window_present (GTK_WINDOW (dialog));
}

void
bs_window_show_toast (BsWindow   *self,
                      const char *title)
{
  g_return_if_fail (BS_IS_WINDOW (self));

  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (title));
}

static void
undo_toast_dismissed_cb (BsWindow *self,
                         AdwToast *toast)
{
  if (self->undo_toast == toast)
    g_clear_object (&self->undo_toast);
}

/**
 * bs_window_show_undo_toast:
 *
 * Says what a change did, with a button that undoes it. A change made
 * while the toast shows takes its place rather than queueing behind it.
 */
void
bs_window_show_undo_toast (BsWindow   *self,
                           const char *title)
{
  AdwToast *toast;

  g_return_if_fail (BS_IS_WINDOW (self));
  g_return_if_fail (title != NULL);

  if (self->undo_toast != NULL)
    {
      adw_toast_set_title (self->undo_toast, title);
      return;
    }

  toast = adw_toast_new (title);
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_action_name (toast, "win.undo");
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  self->undo_toast = g_object_ref (toast);
  g_signal_connect_object (toast, "dismissed", G_CALLBACK (undo_toast_dismissed_cb), self, G_CONNECT_SWAPPED);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

/**
 * bs_window_get_undo_toast:
 *
 * Returns: (transfer none) (nullable): the toast that offers undo, while
 *   it shows
 */
AdwToast *
bs_window_get_undo_toast (BsWindow *self)
{
  g_return_val_if_fail (BS_IS_WINDOW (self), NULL);

  return self->undo_toast;
}
