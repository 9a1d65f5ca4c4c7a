/* test-print.c: the print dialog's "Respondents" tab, driven in the real GtkPrintUnixDialog
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "blendscan-test"

#include "config.h"

#include <glib/gstdio.h>
#include <gtk/gtk.h>

#include "bs-print.h"
#include "bs-test-gui.h"

#ifdef BS_HAVE_POPPLER
# include <poppler.h>
/* poppler-glib 22.12 has no autoptr support of its own. */
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PopplerDocument, g_object_unref)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PopplerPage, g_object_unref)
#endif

static gboolean have_display;

#define REQUIRE_DISPLAY() \
  G_STMT_START { \
    if (!have_display) \
      { \
        g_test_skip ("no display"); \
        return; \
      } \
  } G_STMT_END

/* A respondent of the shipped team example whose name appears nowhere
 * else in it (not among the meeting's participants). */
#define RESPONDENT "Tim de Graaf"
/* GTK's file backend, in the untranslated C locale the tests run in. */
#define FILE_PRINTER "Print to File"

/* GtkPrintUnixDialog through GObject alone: its header needs
 * gtk4-unix-print, which the app does not otherwise use. */
static gboolean
is_print_dialog (gpointer widget)
{
  GType type = g_type_from_name ("GtkPrintUnixDialog");

  return type != 0 && G_TYPE_CHECK_INSTANCE_TYPE (widget, type);
}

/* The name of the printer the dialog has selected, or %NULL. */
static char *
selected_printer_name (GtkWidget *dialog)
{
  g_autoptr(GObject) printer = NULL;
  char *name = NULL;

  g_object_get (dialog, "selected-printer", &printer, NULL);
  if (printer != NULL)
    g_object_get (printer, "name", &name, NULL);

  return name;
}

/* What the test does in the dialog, from inside gtk_print_operation_run():
 * a user's choice, made on the dialog's own widgets. */
typedef struct
{
  gboolean   tick_names;        /* in: tick the check button */
  gboolean   cancel;            /* in: only look, then cancel */
  const char *output_uri;       /* in: where "Print to File" writes */
  GtkWidget *dialog;            /* the print dialog, once seen */
  gboolean   found_tab;         /* out: a tab labelled "Respondents" */
  gboolean   found_check;       /* out: a check button on it */
  gboolean   was_ticked;        /* out: the check button as the dialog opened */
  gboolean   responded;
  gboolean   finished;          /* the timeout has removed itself */
  gint64     deadline;
} Drive;

static GtkWidget *
find_print_dialog (void)
{
  g_autoptr(GList) toplevels = gtk_window_list_toplevels ();

  for (GList *l = toplevels; l != NULL; l = l->next)
    if (is_print_dialog (l->data) && gtk_widget_get_mapped (l->data))
      return l->data;

  return NULL;
}

/* The page of @notebook whose tab reads @label, or %NULL. */
static GtkWidget *
find_tab (GtkNotebook *notebook,
          const char  *label)
{
  for (int i = 0; i < gtk_notebook_get_n_pages (notebook); i++)
    {
      GtkWidget *page = gtk_notebook_get_nth_page (notebook, i);
      GtkWidget *tab = gtk_notebook_get_tab_label (notebook, page);

      if (GTK_IS_LABEL (tab) && g_strcmp0 (gtk_label_get_text (GTK_LABEL (tab)), label) == 0)
        return page;
    }

  return NULL;
}

static void
look_at_tab (Drive *drive)
{
  GtkWidget *notebook = bs_test_find_type (drive->dialog, GTK_TYPE_NOTEBOOK);
  GtkWidget *page = notebook != NULL ? find_tab (GTK_NOTEBOOK (notebook), "Respondents") : NULL;
  GtkWidget *check = page != NULL ? bs_test_find_type (page, GTK_TYPE_CHECK_BUTTON) : NULL;

  drive->found_tab = page != NULL;
  drive->found_check = check != NULL;
  if (check == NULL)
    return;

  drive->was_ticked = gtk_check_button_get_active (GTK_CHECK_BUTTON (check));
  if (drive->tick_names)
    {
      /* As a click would: through the button's own activation. */
      gtk_widget_activate (check);
      g_assert_true (gtk_check_button_get_active (GTK_CHECK_BUTTON (check)));
    }
}

static gboolean
drive_cb (gpointer data)
{
  Drive *drive = data;
  g_autofree char *printer = NULL;

  if (g_get_monotonic_time () > drive->deadline)
    {
      /* Never printed: the printer did not come (print_team() returns NULL). */
      if (drive->dialog != NULL)
        {
          G_GNUC_BEGIN_IGNORE_DEPRECATIONS
          gtk_dialog_response (GTK_DIALOG (drive->dialog), GTK_RESPONSE_CANCEL);
          G_GNUC_END_IGNORE_DEPRECATIONS
        }
      drive->finished = TRUE;
      return G_SOURCE_REMOVE;
    }

  if (drive->dialog == NULL)
    {
      g_autoptr(GtkPrintSettings) settings = NULL;

      drive->dialog = find_print_dialog ();
      if (drive->dialog == NULL)
        return G_SOURCE_CONTINUE;

      look_at_tab (drive);
      if (drive->cancel)
        {
          G_GNUC_BEGIN_IGNORE_DEPRECATIONS
          gtk_dialog_response (GTK_DIALOG (drive->dialog), GTK_RESPONSE_CANCEL);
          G_GNUC_END_IGNORE_DEPRECATIONS
          drive->finished = TRUE;
          return G_SOURCE_REMOVE;
        }
      /* The printer and file a user would pick on the first tab. */
      settings = gtk_print_settings_new ();
      gtk_print_settings_set_printer (settings, FILE_PRINTER);
      gtk_print_settings_set (settings, GTK_PRINT_SETTINGS_OUTPUT_FILE_FORMAT, "pdf");
      gtk_print_settings_set (settings, GTK_PRINT_SETTINGS_OUTPUT_URI, drive->output_uri);
      g_object_set (drive->dialog, "print-settings", settings, NULL);
      return G_SOURCE_CONTINUE;
    }

  /* The printers arrive from their backends when they do. */
  printer = selected_printer_name (drive->dialog);
  if (g_strcmp0 (printer, FILE_PRINTER) != 0)
    return G_SOURCE_CONTINUE;

  drive->responded = TRUE;
  drive->finished = TRUE;
  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  gtk_dialog_response (GTK_DIALOG (drive->dialog), GTK_RESPONSE_OK);
  G_GNUC_END_IGNORE_DEPRECATIONS

  return G_SOURCE_REMOVE;
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

/* Runs the print dialog of the example @name as @drive says. */
static void
run_dialog (const char *name,
            Drive      *drive)
{
  g_autofree char *example = bs_test_example_path (name);
  g_autoptr(BsAssessment) assessment = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *parent = gtk_window_new ();
  guint source;

  assessment = bs_assessment_load (example, NULL, &error);
  g_assert_no_error (error);

  gtk_window_present (GTK_WINDOW (parent));
  bs_test_wait_mapped (parent);

  /* A bound, not a timing the test relies on. */
  drive->deadline = g_get_monotonic_time () + 60 * G_USEC_PER_SEC;
  source = g_timeout_add (20, drive_cb, drive);
  g_assert_true (bs_print_run (GTK_WINDOW (parent), assessment, "en", &error));
  g_assert_no_error (error);
  if (!drive->finished)
    g_source_remove (source);
  g_assert_nonnull (drive->dialog);

  gtk_window_destroy (GTK_WINDOW (parent));
  bs_test_pump ();
}

/* Prints the team example through the print dialog to a PDF, ticking the
 * names or not; returns the PDF's path, or %NULL when GTK's "Print to
 * File" printer never came. */
static char *
print_team (const char *dir,
            gboolean    tick_names)
{
  g_autofree char *pdf = g_build_filename (dir, tick_names ? "names.pdf" : "counts.pdf", NULL);
  g_autofree char *uri = g_filename_to_uri (pdf, NULL, NULL);
  Drive drive = { .tick_names = tick_names, .output_uri = uri };

  run_dialog ("team-bedrijfskunde.blendscan", &drive);
  g_assert_true (drive.found_tab);
  g_assert_true (drive.found_check);
  /* Names are off until the coordinator ticks them. */
  g_assert_false (drive.was_ticked);
  if (!drive.responded)
    return NULL;
  g_assert_true (g_file_test (pdf, G_FILE_TEST_IS_REGULAR));

  return g_steal_pointer (&pdf);
}

/* The tab is there for a team file, off by default, and what the
 * coordinator chooses on it reaches the printed report. */
static void
test_respondents_tab (void)
{
  g_autofree char *dir = g_dir_make_tmp ("blendscan-print-XXXXXX", NULL);
  g_autofree char *counts = NULL;
  g_autofree char *names = NULL;

  REQUIRE_DISPLAY ();

#ifdef __SANITIZE_ADDRESS__
  {
    /* GTK 4.8 leaks what printing to a file makes (its file backend's
     * output stream, and the settings its dialog hands the operation);
     * LeakSanitizer cannot tell them from ours, as GLib's stacks stop at
     * g_malloc. The sanitizer build checks the tab; the normal build
     * prints. */
    Drive drive = { .cancel = TRUE };

    run_dialog ("team-bedrijfskunde.blendscan", &drive);
    g_assert_true (drive.found_tab);
    g_assert_true (drive.found_check);
    g_assert_false (drive.was_ticked);
    g_rmdir (dir);
    g_test_skip ("printing itself is checked without the sanitizers");
    return;
  }
#endif

  counts = print_team (dir, FALSE);
  names = print_team (dir, TRUE);
  if (counts == NULL || names == NULL)
    {
      /* The tab was checked; only printing it needs the printer. */
      g_rmdir (dir);
      g_test_skip ("GTK's “" FILE_PRINTER "” printer did not appear");
      return;
    }

#ifdef BS_HAVE_POPPLER
  {
    g_autofree char *without = pdf_text (counts);
    g_autofree char *with = pdf_text (names);

    /* the counts per role in both */
    g_assert_nonnull (strstr (without, "Teacher"));
    g_assert_nonnull (strstr (with, "Teacher"));
    g_assert_null (strstr (without, RESPONDENT));
    g_assert_nonnull (strstr (with, RESPONDENT));
  }
#else
  g_test_message ("no poppler: the PDFs are not read back");
#endif

  g_unlink (counts);
  g_unlink (names);
  g_rmdir (dir);
}

/* One person's assessment has no respondents to name: no tab. */
static void
test_no_tab_for_one_person (void)
{
  Drive drive = { .cancel = TRUE };

  REQUIRE_DISPLAY ();

  run_dialog ("marketingcommunicatie.blendscan", &drive);
  g_assert_false (drive.found_tab);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  have_display = gtk_init_check ();
  if (have_display)
    {
      adw_init ();
      /* Only GTK's "Print to File": no print server on a test machine. */
      g_object_set (gtk_settings_get_default (), "gtk-print-backends", "file", NULL);
    }

  g_test_add_func ("/app/print/respondents-tab", test_respondents_tab);
  g_test_add_func ("/app/print/no-tab-for-one-person", test_no_tab_for_one_person);

  return g_test_run ();
}
