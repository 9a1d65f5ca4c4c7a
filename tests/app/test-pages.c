/* test-pages.c: the reflection page, the details window and window groups, under a real display
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "blendscan-test"

#include "config.h"

#include <glib/gstdio.h>
#include <gtk/gtk.h>

#include "bs-details-window.h"
#include "bs-level-removal.h"
#include "bs-reflection-page.h"
#include "bs-window.h"

#include "bs-print.h"
#include "bs-results-page.h"
#include "bs-test-gui.h"

#ifdef BS_HAVE_POPPLER
# include <poppler.h>
/* poppler-glib 22.12 has no autoptr support of its own. */
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PopplerDocument, g_object_unref)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PopplerPage, g_object_unref)
#endif

static char *
buffer_text (GtkTextView *view)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

static guint
count_rows (BsWindow         *window,
            BsSidebarRowKind  kind,
            const char       *level_id)
{
  GtkWidget *row = GTK_WIDGET (bs_window_get_sidebar_row (window, "course", NULL));
  GtkWidget *list;
  guint n = 0;

  /* any row leads to the list box */
  if (row == NULL)
    row = GTK_WIDGET (bs_window_get_sidebar_row (window, "programme", NULL));
  if (row == NULL)
    row = GTK_WIDGET (bs_window_get_sidebar_row (window, "institution", NULL));
  g_assert_nonnull (row);
  list = gtk_widget_get_parent (row);

  for (GtkWidget *child = gtk_widget_get_first_child (list); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      BsSidebarRow *sidebar_row = BS_SIDEBAR_ROW (child);
      BsDimension *dimension = bs_sidebar_row_get_dimension (sidebar_row);

      if (bs_sidebar_row_get_kind (sidebar_row) != kind)
        continue;
      if (level_id != NULL && (dimension == NULL || g_strcmp0 (bs_dimension_get_level_id (dimension), level_id) != 0))
        continue;
      n++;
    }

  return n;
}

static BsSidebarRow *
find_page_row (BsWindow         *window,
               BsSidebarRowKind  kind)
{
  const char * const levels[] = { "course", "programme", "institution" };
  GtkWidget *list = NULL;

  for (guint i = 0; list == NULL && i < G_N_ELEMENTS (levels); i++)
    {
      BsSidebarRow *level_row = bs_window_get_sidebar_row (window, levels[i], NULL);

      if (level_row != NULL)
        list = gtk_widget_get_parent (GTK_WIDGET (level_row));
    }
  g_assert_nonnull (list);

  for (GtkWidget *child = gtk_widget_get_first_child (list); child != NULL; child = gtk_widget_get_next_sibling (child))
    if (bs_sidebar_row_get_kind (BS_SIDEBAR_ROW (child)) == kind)
      return BS_SIDEBAR_ROW (child);

  return NULL;
}

#ifdef BS_HAVE_POPPLER
static char *
pdf_text (const char *path)
{
  g_autofree char *uri = g_filename_to_uri (path, NULL, NULL);
  g_autoptr(PopplerDocument) doc = NULL;
  g_autoptr(GError) error = NULL;
  GString *all = g_string_new (NULL);

  doc = poppler_document_new_from_file (uri, NULL, &error);
  g_assert_no_error (error);
  for (int i = 0; i < poppler_document_get_n_pages (doc); i++)
    {
      g_autoptr(PopplerPage) page = poppler_document_get_page (doc, i);
      g_autofree char *text = poppler_page_get_text (page);

      g_string_append (all, text);
      g_string_append_c (all, '\n');
    }

  return g_string_free (all, FALSE);
}
#endif

static void
test_reflection_answer_save_reload (void)
{
  const char *answer_text = "Vooral de digitale leeromgeving en de beroepspraktijk.";
  g_autofree char *dir = g_dir_make_tmp ("blendscan-test-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "reflection.blendscan", NULL);
  g_autofree char *text = NULL;
  g_autoptr(BsAssessment) assessment = bs_assessment_new (bs_framework_get_default ());
  const char * const course[] = { "course", NULL };
  BsReflectionPage *page;
  GtkTextBuffer *buffer;
  GtkTextView *view;
  BsSidebarRow *row;
  BsWindow *window, *again;

  BS_TEST_REQUIRE_DISPLAY ();

  bs_assessment_set_title (assessment, "Reflectie");
  bs_assessment_set_levels (assessment, course);

  window = bs_test_new_window ();
  bs_window_set_assessment (window, assessment, NULL, TRUE);
  bs_test_pump ();

  /* Reached from the sidebar, like the results and the action plan. */
  row = find_page_row (window, BS_SIDEBAR_ROW_REFLECTION);
  g_assert_nonnull (row);
  g_assert_cmpstr (bs_sidebar_row_get_progress_text (row), ==, "0/3");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-reflection", NULL));
  bs_test_pump ();
  g_assert_cmpstr (bs_window_get_visible_page (window), ==, "reflection");

  page = BS_REFLECTION_PAGE (bs_window_get_reflection_page (window));
  view = bs_reflection_page_get_view (page, "environments.use");
  g_assert_nonnull (view);
  g_assert_nonnull (bs_reflection_page_get_view (page, "environments.more"));
  g_assert_nonnull (bs_reflection_page_get_view (page, "environments.connect"));
  g_assert_true (gtk_widget_get_focusable (GTK_WIDGET (view)));
  g_assert_false (gtk_text_view_get_accepts_tab (view));

  /* Tab goes from one answer to the next, not into the text. */
  bs_reflection_page_focus (page);
  g_assert_true (gtk_widget_child_focus (GTK_WIDGET (window), GTK_DIR_TAB_FORWARD));
  g_assert_true (gtk_widget_has_focus (GTK_WIDGET (bs_reflection_page_get_view (page, "environments.more"))));

  /* Typed, as the keyboard would: into the model at once. */
  bs_reflection_page_focus (page);
  g_assert_true (gtk_widget_has_focus (GTK_WIDGET (view)));
  buffer = gtk_text_view_get_buffer (view);
  g_assert_true (gtk_text_buffer_insert_interactive_at_cursor (buffer, answer_text, -1, TRUE));
  bs_test_pump ();
  g_assert_cmpstr (bs_assessment_get_reflection (assessment, "environments.use"), ==, answer_text);
  g_assert_cmpstr (bs_sidebar_row_get_progress_text (row), ==, "1/3");

  /* The field's own undo, as in the notes, undoes the model too. */
  g_assert_true (gtk_text_buffer_get_can_undo (buffer));
  gtk_text_buffer_undo (buffer);
  bs_test_pump ();
  g_assert_null (bs_assessment_get_reflection (assessment, "environments.use"));
  gtk_text_buffer_redo (buffer);
  bs_test_pump ();
  g_assert_cmpstr (bs_assessment_get_reflection (assessment, "environments.use"), ==, answer_text);

  /* A change in the model shows in the field: one copy. */
  bs_assessment_set_reflection (assessment, "environments.more", "Hybride.");
  bs_test_pump ();
  text = buffer_text (bs_reflection_page_get_view (page, "environments.more"));
  g_assert_cmpstr (text, ==, "Hybride.");
  g_clear_pointer (&text, g_free);
  bs_assessment_set_reflection (assessment, "environments.more", NULL);

  /* A level's own questions come and go with the level (framework 2.0). */
  g_assert_null (bs_reflection_page_get_view (page, "environments.programme.use"));
  {
    const char * const course_programme[] = { "course", "programme", NULL };
    const char * const programme[] = { "programme", NULL };

    bs_assessment_set_levels (assessment, course_programme);
    bs_test_pump ();
    row = find_page_row (window, BS_SIDEBAR_ROW_REFLECTION);
    g_assert_cmpstr (bs_sidebar_row_get_progress_text (row), ==, "1/6");
    g_assert_nonnull (bs_reflection_page_get_view (page, "environments.programme.use"));
    bs_assessment_set_levels (assessment, programme);
    bs_test_pump ();
    row = find_page_row (window, BS_SIDEBAR_ROW_REFLECTION);
    g_assert_cmpstr (bs_sidebar_row_get_progress_text (row), ==, "0/3");
    g_assert_null (bs_reflection_page_get_view (page, "environments.use"));
    bs_assessment_set_levels (assessment, course);
    bs_test_pump ();
    view = bs_reflection_page_get_view (page, "environments.use");
    text = buffer_text (view);
    g_assert_cmpstr (text, ==, answer_text);
    g_clear_pointer (&text, g_free);
    buffer = gtk_text_view_get_buffer (view);
  }

  g_assert_true (bs_window_save_to_path (window, path));

  again = bs_test_new_window ();
  bs_test_open (again, path);
  g_assert_cmpstr (bs_assessment_get_reflection (bs_window_get_assessment (again), "environments.use"), ==, answer_text);
  text = buffer_text (bs_reflection_page_get_view (BS_REFLECTION_PAGE (bs_window_get_reflection_page (again)),
                                                   "environments.use"));
  g_assert_cmpstr (text, ==, answer_text);
  g_clear_pointer (&text, g_free);

#ifdef BS_HAVE_POPPLER
  {
    g_autofree char *pdf = g_build_filename (dir, "report.pdf", NULL);
    g_autoptr(GError) error = NULL;
    g_autofree char *all = NULL;

    g_assert_true (bs_print_export_pdf (GTK_WINDOW (again), bs_window_get_assessment (again), "nl", pdf, &error));
    g_assert_no_error (error);
    all = pdf_text (pdf);
    /* poppler gives the text back as laid out: compare without line breaks */
    g_strdelimit (all, "\n", ' ');
    g_assert_nonnull (strstr (all, "Vooral de digitale leeromgeving"));
    g_assert_nonnull (strstr (all, "Niet beantwoord"));
    g_unlink (pdf);
  }
#else
  g_test_message ("no poppler: the report is not read back");
#endif

  bs_test_close_window (again);
  bs_test_close_window (window);
  g_unlink (path);
  g_rmdir (dir);
}

/* The answers show in full when the page first appears, before any
 * resize: no field is squeezed to a line. */
static void
test_reflection_fields_show_text (void)
{
  BsReflectionPage *page;
  BsAssessment *assessment;
  BsWindow *window;
  const char *ids[] = { "environments.institution.use", "environments.institution.more", "environments.institution.connect" };

  BS_TEST_REQUIRE_DISPLAY ();

  window = bs_test_new_window_with ("digicoaches.blendscan");
  assessment = bs_window_get_assessment (window);
  bs_window_show_page (window, BS_SIDEBAR_ROW_REFLECTION);
  bs_test_pump ();
  page = BS_REFLECTION_PAGE (bs_window_get_reflection_page (window));

  for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
    {
      GtkTextView *view = bs_reflection_page_get_view (page, ids[i]);
      g_autofree char *text = buffer_text (view);
      int minimum, natural;

      g_assert_cmpstr (text, ==, bs_assessment_get_reflection (assessment, ids[i]));

      for (guint j = 0; j < 100000 && gtk_widget_get_height (GTK_WIDGET (view)) == 0; j++)
        g_main_context_iteration (NULL, FALSE);
      bs_test_pump ();
      gtk_widget_measure (GTK_WIDGET (view), GTK_ORIENTATION_VERTICAL, gtk_widget_get_width (GTK_WIDGET (view)),
                          &minimum, &natural, NULL, NULL);
      g_test_message ("%s: %d px high, text needs %d", ids[i], gtk_widget_get_height (GTK_WIDGET (view)), natural);
      g_assert_cmpint (gtk_widget_get_height (GTK_WIDGET (view)), >=, natural);
      /* several lines of Dutch prose */
      g_assert_cmpint (gtk_widget_get_height (GTK_WIDGET (view)), >=, 60);
    }

  bs_test_close_window (window);
}

static BsDetailsWindow *
show_details (BsWindow *window)
{
  GtkWindow *details;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.edit-details", NULL));
  bs_test_pump ();

  details = NULL;
  {
    GListModel *toplevels = gtk_window_get_toplevels ();

    for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
      {
        g_autoptr(GObject) toplevel = g_list_model_get_item (toplevels, i);

        if (BS_IS_DETAILS_WINDOW (toplevel) && gtk_widget_get_visible (GTK_WIDGET (toplevel)) &&
            gtk_window_get_transient_for (GTK_WINDOW (toplevel)) == GTK_WINDOW (window))
          details = GTK_WINDOW (toplevel);
      }
  }
  g_assert_nonnull (details);
  g_assert_true (gtk_window_get_modal (details));
  bs_test_wait_mapped (GTK_WIDGET (details));

  return BS_DETAILS_WINDOW (details);
}

static void
test_details_title (void)
{
  BsDetailsWindow *details;
  BsAssessment *assessment;
  BsWindow *window;

  BS_TEST_REQUIRE_DISPLAY ();

  window = bs_test_new_window_with ("marketingcommunicatie.blendscan");
  assessment = bs_window_get_assessment (window);
  details = show_details (window);
  g_assert_true (bs_details_window_get_assessment (details) == assessment);
  /* The title is not selected, ready to be replaced by a stray key. */
  g_assert_null (gtk_window_get_focus (GTK_WINDOW (details)));

  g_assert_cmpstr (gtk_editable_get_text (bs_details_window_get_entry (details, "title")), ==,
                   bs_assessment_get_title (assessment));
  g_assert_cmpstr (gtk_editable_get_text (bs_details_window_get_entry (details, "institution")), ==,
                   bs_assessment_get_institution (assessment));

  gtk_editable_set_text (bs_details_window_get_entry (details, "title"), "Marketing, tweede ronde");
  bs_test_pump ();
  g_assert_cmpstr (bs_assessment_get_title (assessment), ==, "Marketing, tweede ronde");
  g_assert_true (bs_window_get_dirty (window));
  g_assert_nonnull (strstr (gtk_window_get_title (GTK_WINDOW (window)), "Marketing, tweede ronde"));

  gtk_editable_set_text (bs_details_window_get_entry (details, "facilitator"), "M. Jansen");
  g_assert_cmpstr (bs_assessment_get_facilitator (assessment), ==, "M. Jansen");

  /* An emptied title still makes a file that opens again. */
  {
    g_autofree char *dir = g_dir_make_tmp ("blendscan-test-XXXXXX", NULL);
    g_autofree char *path = g_build_filename (dir, "untitled.blendscan", NULL);
    g_autoptr(BsAssessment) reloaded = NULL;
    g_autoptr(GError) error = NULL;

    gtk_editable_set_text (bs_details_window_get_entry (details, "title"), "");
    g_assert_null (bs_assessment_get_title (assessment));
    g_assert_true (bs_assessment_save (assessment, path, &error));
    g_assert_no_error (error);
    reloaded = bs_assessment_load (path, NULL, &error);
    g_assert_no_error (error);
    g_assert_nonnull (reloaded);
    g_unlink (path);
    g_rmdir (dir);
    gtk_editable_set_text (bs_details_window_get_entry (details, "title"), "Marketing, tweede ronde");
  }

  /* A date the file could not hold stays out of the model, flagged, and
   * the window does not close over it. */
  gtk_editable_set_text (bs_details_window_get_entry (details, "date"), "2027-02-30");
  g_assert_cmpstr (bs_assessment_get_date (assessment), !=, "2027-02-30");
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (bs_details_window_get_entry (details, "date")), "error"));
  gtk_window_close (GTK_WINDOW (details));
  bs_test_pump ();
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (details)));
  gtk_editable_set_text (bs_details_window_get_entry (details, "date"), "2027-02-28");
  g_assert_cmpstr (bs_assessment_get_date (assessment), ==, "2027-02-28");
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (bs_details_window_get_entry (details, "date")), "error"));

  /* Participants: added and named in the model itself. */
  {
    guint n = g_list_model_get_n_items (bs_assessment_get_participants (assessment));
    g_autoptr(BsParticipant) participant = NULL;
    GtkWidget *entry;

    bs_details_window_add_participant (details);
    bs_test_pump ();
    g_assert_cmpuint (g_list_model_get_n_items (bs_assessment_get_participants (assessment)), ==, n + 1);
    entry = gtk_root_get_focus (GTK_ROOT (details));
    g_assert_true (GTK_IS_EDITABLE (entry) || GTK_IS_TEXT (entry));
    gtk_editable_set_text (GTK_EDITABLE (entry), "Kees");
    participant = g_list_model_get_item (bs_assessment_get_participants (assessment), n);
    g_assert_cmpstr (bs_participant_get_name (participant), ==, "Kees");
  }

  gtk_window_close (GTK_WINDOW (details));
  bs_test_pump ();
  bs_test_close_window (window);
}

static void
test_details_add_level (void)
{
  BsDetailsWindow *details;
  BsAssessment *assessment;
  BsWindow *window;
  guint n_dimensions;

  BS_TEST_REQUIRE_DISPLAY ();

  window = bs_test_new_window_with ("marketingcommunicatie.blendscan");
  assessment = bs_window_get_assessment (window);
  g_assert_false (bs_assessment_includes_level (assessment, "programme"));
  g_assert_null (bs_window_get_sidebar_row (window, "programme", NULL));

  bs_window_show_page (window, BS_SIDEBAR_ROW_RESULTS);
  bs_test_pump ();
  g_assert_cmpuint (bs_results_page_get_n_charts (BS_RESULTS_PAGE (bs_window_get_results_page (window))), ==, 1);

  details = show_details (window);
  gtk_widget_activate (GTK_WIDGET (bs_details_window_get_level_check (details, "programme")));
  bs_test_pump ();
  g_assert_true (bs_assessment_includes_level (assessment, "programme"));

  /* The sidebar grows by the level and its dimensions. */
  n_dimensions = g_list_model_get_n_items (bs_level_get_dimensions (
    bs_framework_lookup_level (bs_assessment_get_framework (assessment), "programme")));
  g_assert_nonnull (bs_window_get_sidebar_row (window, "programme", NULL));
  g_assert_cmpuint (count_rows (window, BS_SIDEBAR_ROW_DIMENSION, "programme"), ==, n_dimensions);
  g_assert_cmpuint (n_dimensions, >, 0);
  /* The page shown stays. */
  g_assert_cmpstr (bs_window_get_visible_page (window), ==, "results");
  g_assert_cmpuint (bs_results_page_get_n_charts (BS_RESULTS_PAGE (bs_window_get_results_page (window))), ==, 2);

  gtk_window_close (GTK_WINDOW (details));
  bs_test_pump ();

  /* Walked through: the new level's first dimension opens. */
  bs_window_show_dimension (window, "programme", "flexibility");
  bs_test_pump ();
  g_assert_cmpstr (bs_window_get_visible_page (window), ==, "dimension");

  bs_test_close_window (window);
}

static void
test_details_remove_level (void)
{
  g_autofree char *dir = g_dir_make_tmp ("blendscan-test-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "two-levels.blendscan", NULL);
  g_autoptr(BsAssessment) reloaded = NULL;
  g_autoptr(GError) error = NULL;
  AdwMessageDialog *dialog;
  BsDetailsWindow *details;
  BsAssessment *assessment;
  GtkCheckButton *check;
  BsWindow *window;
  guint answered, course_answered;

  BS_TEST_REQUIRE_DISPLAY ();

  window = bs_test_new_window_with ("full-three-levels.blendscan");
  assessment = bs_window_get_assessment (window);
  answered = bs_level_removal_count_answers (assessment, "institution");
  course_answered = bs_level_removal_count_answers (assessment, "course");
  g_assert_cmpuint (answered, >, 0);
  g_assert_cmpuint (count_rows (window, BS_SIDEBAR_ROW_DIMENSION, "institution"), >, 0);

  details = show_details (window);
  check = bs_details_window_get_level_check (details, "institution");
  g_assert_true (gtk_check_button_get_active (check));

  /* Unticked: asked first, naming the level and what goes. */
  gtk_widget_activate (GTK_WIDGET (check));
  bs_test_pump ();
  dialog = bs_test_find_dialog ();
  g_assert_nonnull (dialog);
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (dialog)) == GTK_WINDOW (details));
  g_test_message ("%s — %s", adw_message_dialog_get_heading (dialog), adw_message_dialog_get_body (dialog));
  g_assert_nonnull (strstr (adw_message_dialog_get_heading (dialog), "Institution"));
  {
    g_autofree char *count = g_strdup_printf ("%u answers", answered);

    g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), count));
  }
  /* still included while the question is open */
  g_assert_true (gtk_check_button_get_active (check));
  g_assert_true (bs_assessment_includes_level (assessment, "institution"));

  /* Cancel keeps everything. */
  bs_test_respond (dialog, "cancel");
  g_assert_null (bs_test_find_dialog ());
  g_assert_true (gtk_check_button_get_active (check));
  g_assert_true (bs_assessment_includes_level (assessment, "institution"));
  g_assert_cmpuint (bs_level_removal_count_answers (assessment, "institution"), ==, answered);

  /* Confirmed: the level, its answers and its sidebar rows go. */
  gtk_widget_activate (GTK_WIDGET (check));
  bs_test_pump ();
  dialog = bs_test_find_dialog ();
  g_assert_nonnull (dialog);
  bs_test_respond (dialog, "remove");
  g_assert_false (bs_assessment_includes_level (assessment, "institution"));
  g_assert_false (gtk_check_button_get_active (check));
  g_assert_cmpuint (bs_level_removal_count_answers (assessment, "institution"), ==, 0);
  g_assert_cmpuint (bs_level_removal_count_notes (assessment, "institution"), ==, 0);
  g_assert_cmpuint (bs_level_removal_count_actions (assessment, "institution"), ==, 0);
  g_assert_cmpuint (bs_level_removal_count_answers (assessment, "course"), ==, course_answered);
  g_assert_null (bs_window_get_sidebar_row (window, "institution", NULL));
  g_assert_cmpuint (count_rows (window, BS_SIDEBAR_ROW_DIMENSION, "institution"), ==, 0);
  /* Nothing left to undo that would bring an answer back at a level the
   * assessment no longer includes. */
  g_assert_false (bs_undo_stack_get_can_undo (bs_window_get_undo_stack (window)));

  /* The toast's Undo brings it all back... */
  {
    GtkWidget *undo = bs_test_find_button (GTK_WIDGET (details), "_Undo");

    g_assert_nonnull (undo);
    bs_test_click (undo);
  }
  g_assert_true (bs_assessment_includes_level (assessment, "institution"));
  g_assert_true (gtk_check_button_get_active (check));
  g_assert_cmpuint (bs_level_removal_count_answers (assessment, "institution"), ==, answered);
  g_assert_nonnull (bs_window_get_sidebar_row (window, "institution", NULL));
  g_assert_false (bs_details_window_undo_removal (details));

  /* ...and once more for good, saved and reopened. */
  gtk_widget_activate (GTK_WIDGET (check));
  bs_test_pump ();
  bs_test_respond (bs_test_find_dialog (), "remove");
  g_assert_false (bs_assessment_includes_level (assessment, "institution"));
  gtk_window_close (GTK_WINDOW (details));
  bs_test_pump ();

  g_assert_true (bs_window_save_to_path (window, path));
  reloaded = bs_assessment_load (path, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (reloaded);
  g_assert_false (bs_assessment_includes_level (reloaded, "institution"));
  g_assert_true (bs_assessment_includes_level (reloaded, "course"));
  g_assert_cmpuint (bs_level_removal_count_answers (reloaded, "institution"), ==, 0);
  g_assert_cmpuint (bs_level_removal_count_answers (reloaded, "course"), ==, course_answered);

  bs_test_close_window (window);
  g_unlink (path);
  g_rmdir (dir);
}

/* With nothing filled in at a level, leaving it out asks nothing; the
 * last level cannot be left out. */
static void
test_details_remove_empty_level (void)
{
  g_autoptr(BsAssessment) assessment = bs_assessment_new (bs_framework_get_default ());
  const char * const two[] = { "course", "programme", NULL };
  BsDetailsWindow *details;
  BsWindow *window;

  BS_TEST_REQUIRE_DISPLAY ();

  bs_assessment_set_title (assessment, "Leeg");
  bs_assessment_set_levels (assessment, two);
  window = bs_test_new_window ();
  bs_window_set_assessment (window, assessment, NULL, TRUE);
  bs_test_pump ();

  details = show_details (window);
  gtk_widget_activate (GTK_WIDGET (bs_details_window_get_level_check (details, "programme")));
  bs_test_pump ();
  g_assert_null (bs_test_find_dialog ());
  g_assert_false (bs_assessment_includes_level (assessment, "programme"));
  g_assert_false (gtk_widget_get_sensitive (gtk_widget_get_ancestor (
    GTK_WIDGET (bs_details_window_get_level_check (details, "course")), ADW_TYPE_ACTION_ROW)));

  gtk_window_close (GTK_WINDOW (details));
  bs_test_pump ();
  bs_test_close_window (window);
}

static void
test_unit_level_ticks_level (void)
{
  BsNewAssessmentPage *page;
  BsDetailsWindow *details;
  BsAssessment *assessment;
  GtkCheckButton *check;
  BsWindow *window;

  BS_TEST_REQUIRE_DISPLAY ();

  /* In the form for a new assessment... */
  window = bs_test_new_window ();
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.new-assessment", NULL));
  bs_test_pump ();
  page = bs_window_get_new_assessment_page (window);
  check = bs_new_assessment_page_get_level_check (page, "programme");
  gtk_check_button_set_active (check, FALSE);
  adw_combo_row_set_selected (bs_new_assessment_page_get_unit_level_row (page), 1);
  g_assert_true (gtk_check_button_get_active (check));
  bs_test_close_window (window);

  /* ...and in the details of an open one. */
  window = bs_test_new_window_with ("marketingcommunicatie.blendscan");
  assessment = bs_window_get_assessment (window);
  g_assert_cmpstr (bs_assessment_get_unit_level (assessment), ==, "course");
  g_assert_false (bs_assessment_includes_level (assessment, "institution"));
  details = show_details (window);
  g_assert_cmpuint (adw_combo_row_get_selected (bs_details_window_get_unit_level_row (details)), ==, 0);
  adw_combo_row_set_selected (bs_details_window_get_unit_level_row (details), 2);
  bs_test_pump ();
  g_assert_cmpstr (bs_assessment_get_unit_level (assessment), ==, "institution");
  g_assert_true (bs_assessment_includes_level (assessment, "institution"));
  g_assert_true (gtk_check_button_get_active (bs_details_window_get_level_check (details, "institution")));
  g_assert_nonnull (bs_window_get_sidebar_row (window, "institution", NULL));

  gtk_window_close (GTK_WINDOW (details));
  bs_test_pump ();
  bs_test_close_window (window);
}

/* Leaving a level out and undoing that gives back the very same file. */
static void
test_level_removal_apply_undo (void)
{
  g_autofree char *path = bs_test_example_path ("full-three-levels.blendscan");
  g_autoptr(BsAssessment) assessment = NULL;
  g_autoptr(BsLevelRemoval) removal = NULL;
  g_autoptr(GBytes) before = NULL;
  g_autoptr(GBytes) removed = NULL;
  g_autoptr(GBytes) after = NULL;
  g_autoptr(BsAssessment) reloaded = NULL;
  g_autoptr(GError) error = NULL;

  assessment = bs_assessment_load (path, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (bs_level_removal_count_answers (assessment, "programme"), >, 0);
  g_assert_cmpuint (bs_level_removal_count_notes (assessment, "programme"), >, 0);
  before = bs_assessment_to_bytes (assessment);

  removal = bs_level_removal_apply (assessment, "programme");
  g_assert_cmpstr (bs_level_removal_get_level_id (removal), ==, "programme");
  g_assert_false (bs_assessment_includes_level (assessment, "programme"));
  g_assert_cmpuint (bs_level_removal_count_answers (assessment, "programme"), ==, 0);
  g_assert_cmpuint (bs_level_removal_count_notes (assessment, "programme"), ==, 0);
  g_assert_cmpuint (bs_level_removal_count_actions (assessment, "programme"), ==, 0);

  /* what is written reads back */
  removed = bs_assessment_to_bytes (assessment);
  reloaded = bs_assessment_load_from_bytes (removed, "removed.blendscan", NULL, &error);
  g_assert_no_error (error);
  g_assert_false (bs_assessment_includes_level (reloaded, "programme"));

  g_assert_true (bs_level_removal_undo (removal));
  g_assert_false (bs_level_removal_undo (removal));
  after = bs_assessment_to_bytes (assessment);
  g_assert_true (g_bytes_equal (before, after));
}

/* A dialog over one assessment leaves the other windows usable. */
static void
test_window_groups (void)
{
  AdwMessageDialog *dialog;
  BsWindow *one, *two;
  GtkWindowGroup *group_one, *group_two;

  BS_TEST_REQUIRE_DISPLAY ();

  one = bs_test_new_window_with ("marketingcommunicatie.blendscan");
  two = bs_test_new_window_with ("digicoaches.blendscan");

  group_one = gtk_window_get_group (GTK_WINDOW (one));
  group_two = gtk_window_get_group (GTK_WINDOW (two));
  g_assert_true (group_one != group_two);
  g_assert_true (group_one != gtk_window_get_group (NULL));
  g_assert_true (group_two != gtk_window_get_group (NULL));

  bs_window_show_error (one, "Test", "A modal dialog over the first window");
  bs_test_pump ();
  dialog = bs_test_find_dialog ();
  g_assert_nonnull (dialog);
  g_assert_true (gtk_window_get_modal (GTK_WINDOW (dialog)));
  /* Its modality reaches its own group only. */
  g_assert_true (gtk_window_get_group (GTK_WINDOW (dialog)) == group_one);
  g_assert_true (gtk_window_get_group (GTK_WINDOW (dialog)) != group_two);

  /* The details window likewise. */
  {
    BsDetailsWindow *details = show_details (two);

    g_assert_true (gtk_window_get_group (GTK_WINDOW (details)) == group_two);
    gtk_window_close (GTK_WINDOW (details));
    bs_test_pump ();
  }

  bs_test_respond (dialog, "close");
  bs_test_close_window (two);
  bs_test_close_window (one);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  bs_test_gui_init (TRUE);

  g_test_add_func ("/app/pages/reflection/answer-save-reload", test_reflection_answer_save_reload);
  g_test_add_func ("/app/pages/reflection/fields-show-text", test_reflection_fields_show_text);
  g_test_add_func ("/app/pages/details/title", test_details_title);
  g_test_add_func ("/app/pages/details/add-level", test_details_add_level);
  g_test_add_func ("/app/pages/details/remove-level", test_details_remove_level);
  g_test_add_func ("/app/pages/details/remove-empty-level", test_details_remove_empty_level);
  g_test_add_func ("/app/pages/details/unit-level-ticks-level", test_unit_level_ticks_level);
  g_test_add_func ("/app/pages/level-removal/apply-undo", test_level_removal_apply_undo);
  g_test_add_func ("/app/pages/window-groups", test_window_groups);

  return g_test_run ();
}
