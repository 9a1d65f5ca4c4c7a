/* bs-window-actions.c: the window's actions and keys: files, undo, navigation, printing, the review meeting
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "blendscan-app"

#include "config.h"

#include <glib/gi18n.h>

#include "bs-details-window.h"
#include "bs-settings.h"
#include "bs-window-private.h"

#include "bs-print.h"
#include "bs-results-page.h"
#include "bs-review-window.h"

typedef enum
{
  CHOOSE_OPEN,
  CHOOSE_SAVE,
  CHOOSE_EXPORT_PDF,
  CHOOSE_EXPORT_SCORES_CSV,
  CHOOSE_EXPORT_ACTIONS_CSV,
} ChooserPurpose;

static BsWindow *
window_for_new_work (BsWindow *self)
{
  BsWindow *window;

  /* One assessment per window: an empty one is reused, otherwise the work
   * goes into a new window beside this one. The caller presents it once
   * the work is in it, so the welcome page never flashes by. */
  if (self->assessment == NULL)
    return self;

  window = bs_window_new (gtk_window_get_application (GTK_WINDOW (self)));

  return window;
}

static int
current_dimension_index (BsWindow *self)
{
  BsDimension *dimension = bs_dimension_page_get_dimension (self->dimension_page);
  guint index;

  if (dimension == NULL || !g_ptr_array_find (self->dimensions, dimension, &index))
    return -1;

  return index;
}

static void
step_dimension (BsWindow *self,
                int       delta)
{
  int index = current_dimension_index (self);
  BsStatementCard *card;
  BsDimension *dimension;

  if (index < 0 || index + delta < 0 || (guint) (index + delta) >= self->dimensions->len)
    return;

  dimension = g_ptr_array_index (self->dimensions, index + delta);
  bs_window_show_dimension (self, bs_dimension_get_level_id (dimension), bs_dimension_get_id (dimension));

  /* The focused card went with the old page; carry on with the new one. */
  card = bs_dimension_page_get_nth_card (self->dimension_page, 0);
  if (card != NULL)
    bs_statement_card_focus (card);
}

static char *
ensure_suffix (const char *path,
               const char *suffix)
{
  if (g_str_has_suffix (path, suffix))
    return g_strdup (path);

  return g_strconcat (path, suffix, NULL);
}

static void
chooser_response_cb (BsWindow             *self,
                     int                   response,
                     GtkFileChooserNative *chooser)
{
  ChooserPurpose purpose = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (chooser), "purpose"));
  g_autoptr(GFile) file = NULL;
  g_autofree char *path = NULL;
  gboolean close_after_save = self->close_after_save;

  self->close_after_save = FALSE;

  if (response == GTK_RESPONSE_ACCEPT)
    {
      file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      path = g_file_get_path (file);
    }

  if (path != NULL)
    {
      switch (purpose)
        {
        case CHOOSE_OPEN:
          {
            BsWindow *window = window_for_new_work (self);

            bs_window_open_path (window, path);
            gtk_window_present (GTK_WINDOW (window));
          }
          break;

        case CHOOSE_SAVE:
          {
            g_autofree char *full = ensure_suffix (path, ".blendscan");

            if (bs_window_save_to_path (self, full) && close_after_save)
              gtk_window_close (GTK_WINDOW (self));
          }
          break;

        case CHOOSE_EXPORT_PDF:
          {
            g_autofree char *full = ensure_suffix (path, ".pdf");
            g_autoptr(GError) error = NULL;

            if (bs_window_export (self, BS_EXPORT_PDF, full, &error))
              bs_window_show_export_toast (self, _("PDF exported"), full);
            else
              bs_window_show_error (self, _("Could Not Export PDF"), error->message);
          }
          break;

        case CHOOSE_EXPORT_SCORES_CSV:
        case CHOOSE_EXPORT_ACTIONS_CSV:
          {
            g_autofree char *full = ensure_suffix (path, ".csv");
            g_autoptr(GError) error = NULL;
            gboolean scores = purpose == CHOOSE_EXPORT_SCORES_CSV;

            if (bs_window_export (self, scores ? BS_EXPORT_SCORES_CSV : BS_EXPORT_ACTIONS_CSV, full, &error))
              bs_window_show_export_toast (self, scores ? _("Scores exported") : _("Action plan exported"), full);
            else
              bs_window_show_error (self, _("Could Not Export"), error->message);
          }
          break;

        default:
          g_assert_not_reached ();
        }
    }

  g_clear_object (&self->chooser);
}

static void
run_chooser (BsWindow       *self,
             ChooserPurpose  purpose)
{
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  GtkFileChooserAction action = GTK_FILE_CHOOSER_ACTION_SAVE;
  const char *title = NULL, *accept = NULL;
  g_autofree char *name = NULL;
  const char *base;

  switch (purpose)
    {
    case CHOOSE_OPEN:
      action = GTK_FILE_CHOOSER_ACTION_OPEN;
      title = _("Open Assessment");
      accept = _("_Open");
      break;

    case CHOOSE_SAVE:
      title = _("Save Assessment");
      accept = _("_Save");
      break;

    case CHOOSE_EXPORT_PDF:
      title = _("Export PDF");
      accept = _("_Export");
      break;

    case CHOOSE_EXPORT_SCORES_CSV:
      title = _("Export Scores as CSV");
      accept = _("_Export");
      break;

    case CHOOSE_EXPORT_ACTIONS_CSV:
      title = _("Export Action Plan as CSV");
      accept = _("_Export");
      break;

    default:
      g_assert_not_reached ();
    }

  if (purpose == CHOOSE_EXPORT_PDF)
    {
      gtk_file_filter_set_name (filter, _("PDF documents"));
      gtk_file_filter_add_suffix (filter, "pdf");
    }
  else if (purpose == CHOOSE_EXPORT_SCORES_CSV || purpose == CHOOSE_EXPORT_ACTIONS_CSV)
    {
      /* Translators: comma-separated values, for spreadsheets */
      gtk_file_filter_set_name (filter, _("CSV files"));
      gtk_file_filter_add_suffix (filter, "csv");
    }
  else
    {
      gtk_file_filter_set_name (filter, _("Blendscan assessments"));
      gtk_file_filter_add_suffix (filter, "blendscan");
    }

  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);

  self->chooser = gtk_file_chooser_native_new (title, GTK_WINDOW (self), action, accept, _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->chooser), TRUE);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), filter);
  g_object_set_data (G_OBJECT (self->chooser), "purpose", GINT_TO_POINTER (purpose));

  if (purpose != CHOOSE_OPEN && self->assessment != NULL)
    {
      base = bs_assessment_get_title (self->assessment);
      if (base == NULL || base[0] == '\0')
        base = _("Untitled Assessment");
      if (purpose == CHOOSE_EXPORT_SCORES_CSV)
        /* Translators: the file name offered for the scores; %s is the assessment's title */
        name = g_strdup_printf (_("%s - scores.csv"), base);
      else if (purpose == CHOOSE_EXPORT_ACTIONS_CSV)
        /* Translators: the file name offered for the action plan; %s is the assessment's title */
        name = g_strdup_printf (_("%s - action plan.csv"), base);
      else
        name = g_strconcat (base, purpose == CHOOSE_EXPORT_PDF ? ".pdf" : ".blendscan", NULL);
      g_strdelimit (name, "/\\:", '-');
      /* Beside the assessment, not wherever the last dialog was. */
      bs_window_set_chooser_folder (self, GTK_FILE_CHOOSER (self->chooser));
      gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (self->chooser), name);
    }

  g_signal_connect_object (self->chooser, "response", G_CALLBACK (chooser_response_cb), self, G_CONNECT_SWAPPED);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

void
_bs_window_save_as (BsWindow *self)
{
  run_chooser (self, CHOOSE_SAVE);
}

static void
new_assessment_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *param)
{
  BsWindow *window = window_for_new_work (BS_WINDOW (widget));

  bs_window_show_new_assessment (window);
  gtk_window_present (GTK_WINDOW (window));
}

static void
open_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  run_chooser (BS_WINDOW (widget), CHOOSE_OPEN);
}

static void
open_recent_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *param)
{
  BsWindow *window = window_for_new_work (BS_WINDOW (widget));

  bs_window_open_path (window, g_variant_get_string (param, NULL));
  gtk_window_present (GTK_WINDOW (window));
}

static void
open_example_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *param)
{
  BsWindow *self = window_for_new_work (BS_WINDOW (widget));
  g_autoptr(BsAssessment) assessment = NULL;
  g_autoptr(GError) error = NULL;

  assessment = bs_assessment_load (g_variant_get_string (param, NULL), NULL, &error);
  if (assessment == NULL)
    {
      gtk_window_present (GTK_WINDOW (self));
      bs_window_show_error (self, _("Could Not Open Example"), error->message);
      return;
    }

  /* Examples are read-only, shared files: saving makes the user's own copy. */
  bs_window_set_assessment (self, assessment, NULL, FALSE);
  gtk_window_present (GTK_WINDOW (self));
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  BsWindow *self = BS_WINDOW (widget);

  if (self->path == NULL)
    run_chooser (self, CHOOSE_SAVE);
  else
    bs_window_save (self);
}

static void
save_as_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *param)
{
  run_chooser (BS_WINDOW (widget), CHOOSE_SAVE);
}

/* Shows where an undo or redo changed something. */
static void
show_change (BsWindow   *self,
             const char *statement_id,
             int         action_position)
{
  /* Respondents have no page: the cards and results show the change. */
  if (bs_undo_stack_get_changed_team (self->undo_stack))
    return;
  if (statement_id != NULL)
    bs_window_show_statement (self, statement_id);
  else
    {
      bs_window_show_page (self, BS_SIDEBAR_ROW_ACTIONS);
      if (action_position >= 0)
        bs_action_plan_page_show_action (self->action_plan_page, action_position);
    }
}

static void
undo_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  BsWindow *self = BS_WINDOW (widget);
  const char *statement_id = NULL;
  int action_position = -1;

  if (bs_undo_stack_undo (self->undo_stack, &statement_id, &action_position))
    show_change (self, statement_id, action_position);
}

static void
redo_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  BsWindow *self = BS_WINDOW (widget);
  const char *statement_id = NULL;
  int action_position = -1;

  if (bs_undo_stack_redo (self->undo_stack, &statement_id, &action_position))
    show_change (self, statement_id, action_position);
}

static void
show_undo_toast_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *param)
{
  bs_window_show_undo_toast (BS_WINDOW (widget), g_variant_get_string (param, NULL));
}

static void
previous_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *param)
{
  step_dimension (BS_WINDOW (widget), -1);
}

static void
next_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  step_dimension (BS_WINDOW (widget), +1);
}

static void
show_results_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *param)
{
  bs_window_show_page (BS_WINDOW (widget), BS_SIDEBAR_ROW_RESULTS);
}

static void
show_actions_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *param)
{
  bs_window_show_page (BS_WINDOW (widget), BS_SIDEBAR_ROW_ACTIONS);
}

/* An action just added elsewhere (a statement card's next step): the plan
 * opens with the focus on its row, from where its fields are a Tab away,
 * and Ctrl+Z still takes the addition back. */
static void
show_action_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *param)
{
  BsWindow *self = BS_WINDOW (widget);

  bs_window_show_page (self, BS_SIDEBAR_ROW_ACTIONS);
  bs_action_plan_page_show_action (self->action_plan_page, g_variant_get_uint32 (param));
}

static void
toggle_sidebar_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *param)
{
  BsWindow *self = BS_WINDOW (widget);

  adw_flap_set_reveal_flap (self->flap, !adw_flap_get_reveal_flap (self->flap));
}

static void
show_reflection_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *param)
{
  bs_window_show_page (BS_WINDOW (widget), BS_SIDEBAR_ROW_REFLECTION);
}

/**
 * bs_window_show_details:
 *
 * Opens the details of the window's assessment for editing, in a window
 * over this one.
 *
 * Returns: (transfer none): the details window
 */
GtkWindow *
bs_window_show_details (BsWindow *self)
{
  BsDetailsWindow *details;

  g_return_val_if_fail (BS_IS_WINDOW (self), NULL);
  g_return_val_if_fail (self->assessment != NULL, NULL);

  details = bs_details_window_new (GTK_WINDOW (self), self->assessment);
  gtk_window_present (GTK_WINDOW (details));

  return GTK_WINDOW (details);
}

static void
edit_details_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *param)
{
  bs_window_show_details (BS_WINDOW (widget));
}

static void
zoom_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  BsWindow *self = BS_WINDOW (widget);
  int direction = 0;

  if (g_str_equal (action_name, "win.zoom-in"))
    direction = 1;
  else if (g_str_equal (action_name, "win.zoom-out"))
    direction = -1;

  bs_results_page_zoom_step (BS_RESULTS_PAGE (self->results_page), direction);
  _bs_window_update_actions (self);
}

static void
print_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *param)
{
  BsWindow *self = BS_WINDOW (widget);
  g_autofree char *lang = bs_settings_get_report_language (self->settings);
  g_autoptr(GError) error = NULL;

  if (!bs_print_run (GTK_WINDOW (self), self->assessment, lang, &error))
    bs_window_show_error (self, _("Could Not Print"), error->message);
}

static void
export_pdf_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *param)
{
  run_chooser (BS_WINDOW (widget), CHOOSE_EXPORT_PDF);
}

static void
export_csv_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *param)
{
  run_chooser (BS_WINDOW (widget), g_str_equal (action_name, "win.export-scores-csv")
                                   ? CHOOSE_EXPORT_SCORES_CSV : CHOOSE_EXPORT_ACTIONS_CSV);
}

static void
review_meeting_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *param)
{
  BsWindow *self = BS_WINDOW (widget);

  if (self->assessment == NULL || !bs_assessment_is_team (self->assessment))
    return;

  bs_review_window_open (GTK_WINDOW (self), self->assessment, self->undo_stack);
}

static void
team_changed_cb (BsWindow *self)
{
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.review-meeting",
                                 self->assessment != NULL && bs_assessment_is_team (self->assessment));
}

/* Responses added or removed make an assessment a team's or not: the
 * review meeting follows, whoever changed the team. */
static void
watch_team (BsWindow *self)
{
  BsTeam *team = bs_assessment_get_team (self->assessment);
  gulong id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (self), "bs-review-team-handler"));
  BsTeam *watched = g_object_get_data (G_OBJECT (self), "bs-review-team");

  if (watched == team && id != 0 && g_signal_handler_is_connected (team, id))
    return;

  id = g_signal_connect_object (team, "changed", G_CALLBACK (team_changed_cb), self, G_CONNECT_SWAPPED);
  /* not a reference: only compared with */
  g_object_set_data (G_OBJECT (self), "bs-review-team", team);
  g_object_set_data (G_OBJECT (self), "bs-review-team-handler", GSIZE_TO_POINTER (id));
}

/**
 * _bs_window_update_actions:
 *
 * Enables what makes sense in the window's state, so menus and keys never
 * offer something that does nothing.
 */
void
_bs_window_update_actions (BsWindow *self)
{
  GtkWidget *widget = GTK_WIDGET (self);
  gboolean have = self->assessment != NULL;
  gboolean walking = have && g_strcmp0 (gtk_stack_get_visible_child_name (self->main_stack), "assessment") == 0;
  gboolean on_dimension = walking && g_strcmp0 (gtk_stack_get_visible_child_name (self->content_stack), "dimension") == 0;
  gboolean on_results = walking && g_strcmp0 (gtk_stack_get_visible_child_name (self->content_stack), "results") == 0;
  int index = current_dimension_index (self);

  gtk_widget_action_set_enabled (widget, "win.save", have);
  gtk_widget_action_set_enabled (widget, "win.save-as", have);
  gtk_widget_action_set_enabled (widget, "win.undo", have && bs_undo_stack_get_can_undo (self->undo_stack));
  gtk_widget_action_set_enabled (widget, "win.redo", have && bs_undo_stack_get_can_redo (self->undo_stack));
  gtk_widget_action_set_enabled (widget, "win.previous", on_dimension && index > 0);
  gtk_widget_action_set_enabled (widget, "win.next", on_dimension && index >= 0 && (guint) index + 1 < self->dimensions->len);
  gtk_widget_action_set_enabled (widget, "win.show-results", walking && self->results_page != NULL);
  gtk_widget_action_set_enabled (widget, "win.show-actions", walking);
  gtk_widget_action_set_enabled (widget, "win.show-action", walking);
  gtk_widget_action_set_enabled (widget, "win.toggle-sidebar", walking);
  gtk_widget_action_set_enabled (widget, "win.export-scores-csv", have);
  gtk_widget_action_set_enabled (widget, "win.export-actions-csv", have);
  gtk_widget_action_set_enabled (widget, "win.show-reflection",
                                 walking && _bs_window_asks_reflections (self));
  gtk_widget_action_set_enabled (widget, "win.edit-details", have);
  gtk_widget_action_set_enabled (widget, "win.print", have);
  gtk_widget_action_set_enabled (widget, "win.export-pdf", have);
  _bs_window_update_collect_actions (self);
  _bs_window_update_compare_actions (self);
  _bs_window_update_cycle_actions (self);
  gtk_widget_action_set_enabled (widget, "win.review-meeting", have && bs_assessment_is_team (self->assessment));
  if (have)
    watch_team (self);
  /* Zoom is for the charts: elsewhere the keys would seem to do nothing. */
  if (self->results_page != NULL)
    {
      double zoom = bs_results_page_get_zoom (BS_RESULTS_PAGE (self->results_page));

      gtk_widget_action_set_enabled (widget, "win.zoom-in", on_results && zoom < 3.0);
      gtk_widget_action_set_enabled (widget, "win.zoom-out", on_results && zoom > 0.75);
      gtk_widget_action_set_enabled (widget, "win.zoom-reset", on_results && zoom != 1.0);
    }
}

void
_bs_window_class_actions_init (BsWindowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_install_action (widget_class, "win.new-assessment", NULL, new_assessment_action);
  gtk_widget_class_install_action (widget_class, "win.open", NULL, open_action);
  gtk_widget_class_install_action (widget_class, "win.open-recent", "s", open_recent_action);
  gtk_widget_class_install_action (widget_class, "win.open-example", "s", open_example_action);
  gtk_widget_class_install_action (widget_class, "win.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "win.save-as", NULL, save_as_action);
  gtk_widget_class_install_action (widget_class, "win.undo", NULL, undo_action);
  gtk_widget_class_install_action (widget_class, "win.redo", NULL, redo_action);
  /* for the pages, which know what changed but not the window */
  gtk_widget_class_install_action (widget_class, "win.show-undo-toast", "s", show_undo_toast_action);
  gtk_widget_class_install_action (widget_class, "win.previous", NULL, previous_action);
  gtk_widget_class_install_action (widget_class, "win.next", NULL, next_action);
  gtk_widget_class_install_action (widget_class, "win.show-results", NULL, show_results_action);
  gtk_widget_class_install_action (widget_class, "win.show-actions", NULL, show_actions_action);
  gtk_widget_class_install_action (widget_class, "win.show-action", "u", show_action_action);
  gtk_widget_class_install_action (widget_class, "win.toggle-sidebar", NULL, toggle_sidebar_action);
  gtk_widget_class_install_action (widget_class, "win.export-scores-csv", NULL, export_csv_action);
  gtk_widget_class_install_action (widget_class, "win.export-actions-csv", NULL, export_csv_action);
  gtk_widget_class_install_action (widget_class, "win.show-reflection", NULL, show_reflection_action);
  gtk_widget_class_install_action (widget_class, "win.edit-details", NULL, edit_details_action);
  gtk_widget_class_install_action (widget_class, "win.print", NULL, print_action);
  gtk_widget_class_install_action (widget_class, "win.export-pdf", NULL, export_pdf_action);
  gtk_widget_class_install_action (widget_class, "win.review-meeting", NULL, review_meeting_action);
  gtk_widget_class_install_action (widget_class, "win.zoom-in", NULL, zoom_action);
  gtk_widget_class_install_action (widget_class, "win.zoom-out", NULL, zoom_action);
  gtk_widget_class_install_action (widget_class, "win.zoom-reset", NULL, zoom_action);
  /* A boolean property action: the menu shows it as a check box. */
  gtk_widget_class_install_property_action (widget_class, "win.fullscreen", "fullscreened");

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK, "win.new-assessment", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_o, GDK_CONTROL_MASK, "win.open", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "win.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK | GDK_SHIFT_MASK, "win.save-as", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK, "win.undo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK | GDK_SHIFT_MASK, "win.redo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, GDK_ALT_MASK, "win.previous", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Right, GDK_ALT_MASK, "win.next", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_r, GDK_CONTROL_MASK, "win.show-results", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_l, GDK_CONTROL_MASK, "win.show-actions", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK, "win.print", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_e, GDK_CONTROL_MASK, "win.export-pdf", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_w, GDK_CONTROL_MASK, "window.close", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F11, 0, "win.fullscreen", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F9, 0, "win.toggle-sidebar", NULL);
  /* F5 starts a slide show in presentation programs */
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F5, 0, "win.review-meeting", NULL);
  /* Ctrl+= and the keypad as well: plus needs Shift on many keyboards.
   * The menu shows the key added last. */
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Add, GDK_CONTROL_MASK, "win.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_equal, GDK_CONTROL_MASK, "win.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_plus, GDK_CONTROL_MASK, "win.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Subtract, GDK_CONTROL_MASK, "win.zoom-out", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_minus, GDK_CONTROL_MASK, "win.zoom-out", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_0, GDK_CONTROL_MASK, "win.zoom-reset", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_0, GDK_CONTROL_MASK, "win.zoom-reset", NULL);
}
