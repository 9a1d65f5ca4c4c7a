/* bs-print.c: printing and PDF export through GtkPrintOperation, with the report renderer
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "blendscan-app"

#include "config.h"

#include <glib/gi18n.h>

#include "bs-print.h"
#include "bs-report.h"

static void
begin_print_cb (GtkPrintOperation *operation,
                GtkPrintContext   *context,
                BsReport          *report)
{
  /* Laid out with the printer's own font metrics, so nothing is cut off. */
  bs_report_paginate (report, gtk_print_context_get_cairo_context (context),
                      gtk_print_context_get_width (context),
                      gtk_print_context_get_height (context));
  gtk_print_operation_set_n_pages (operation, MAX (bs_report_get_n_pages (report), 1));
}

static void
draw_page_cb (GtkPrintOperation *operation,
              GtkPrintContext   *context,
              int                page_nr,
              BsReport          *report)
{
  if ((guint) page_nr < bs_report_get_n_pages (report))
    bs_report_draw_page (report, gtk_print_context_get_cairo_context (context), page_nr);
}

/* The coordinator's choice to print the respondents' names: a tab of the
 * print dialog, for team assessments only, off unless ticked. */
static GObject *
create_custom_widget_cb (GtkPrintOperation *operation,
                         BsReport          *report)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *check = gtk_check_button_new_with_mnemonic (_("Print the respondents’ _names"));
  GtkWidget *hint = gtk_label_new (_("By default the report gives only the number of respondents per role."));

  gtk_widget_set_margin_top (box, 12);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_label_set_wrap (GTK_LABEL (hint), TRUE);
  gtk_label_set_xalign (GTK_LABEL (hint), 0);
  gtk_widget_add_css_class (hint, "dim-label");
  /* A screen reader reads the hint with the check button. */
  gtk_accessible_update_relation (GTK_ACCESSIBLE (check), GTK_ACCESSIBLE_RELATION_DESCRIBED_BY, hint, NULL, -1);
  g_object_bind_property (report, "respondent-names", check, "active", G_BINDING_SYNC_CREATE);
  gtk_box_append (GTK_BOX (box), check);
  gtk_box_append (GTK_BOX (box), hint);
  g_object_set_data (G_OBJECT (box), "bs-names-check", check);

  return G_OBJECT (box);
}

static void
custom_widget_apply_cb (GtkPrintOperation *operation,
                        GtkWidget         *widget,
                        BsReport          *report)
{
  GtkWidget *check = g_object_get_data (G_OBJECT (widget), "bs-names-check");
  BsReportOptions options;

  /* Before "begin-print", which lays the report out with these. */
  bs_report_get_options (report, &options);
  options.respondent_names = gtk_check_button_get_active (GTK_CHECK_BUTTON (check));
  bs_report_set_options (report, &options);
}

static gboolean
run (GtkWindow               *parent,
     BsAssessment            *assessment,
     const char              *lang,
     GtkPrintOperationAction  action,
     GError                 **error)
{
  g_autoptr(BsReport) report = NULL;
  g_autoptr(GtkPrintOperation) operation = NULL;
  g_autoptr(GtkPageSetup) setup = NULL;
  GtkPaperSize *a4;
  const char *title;
  GtkPrintOperationResult result;

  report = bs_report_new (assessment, lang);
  operation = gtk_print_operation_new ();

  setup = gtk_page_setup_new ();
  a4 = gtk_paper_size_new (GTK_PAPER_NAME_A4);
  gtk_page_setup_set_paper_size_and_default_margins (setup, a4);
  gtk_paper_size_free (a4);

  /* The report draws its own margins, running header and page numbers. */
  gtk_print_operation_set_default_page_setup (operation, setup);
  gtk_print_operation_set_use_full_page (operation, TRUE);
  gtk_print_operation_set_unit (operation, GTK_UNIT_POINTS);
  gtk_print_operation_set_embed_page_setup (operation, TRUE);

  title = bs_assessment_get_title (assessment);
  gtk_print_operation_set_job_name (operation, title != NULL ? title : _("Blendscan report"));

  if (bs_assessment_is_team (assessment))
    {
      /* Translators: a tab of the print dialog */
      gtk_print_operation_set_custom_tab_label (operation, _("Respondents"));
      g_signal_connect (operation, "create-custom-widget", G_CALLBACK (create_custom_widget_cb), report);
      g_signal_connect (operation, "custom-widget-apply", G_CALLBACK (custom_widget_apply_cb), report);
    }
  g_signal_connect (operation, "begin-print", G_CALLBACK (begin_print_cb), report);
  g_signal_connect (operation, "draw-page", G_CALLBACK (draw_page_cb), report);

  result = gtk_print_operation_run (operation, action, parent, error);

  return result != GTK_PRINT_OPERATION_RESULT_ERROR;
}

/**
 * bs_print_run:
 * @lang: "en" or "nl", the language of the report
 *
 * Shows the print dialog and prints the report of @assessment.
 */
gboolean
bs_print_run (GtkWindow     *parent,
              BsAssessment  *assessment,
              const char    *lang,
              GError       **error)
{
  g_return_val_if_fail (BS_IS_ASSESSMENT (assessment), FALSE);

  return run (parent, assessment, lang, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG, error);
}

/**
 * bs_print_export_pdf:
 *
 * Writes the report of @assessment to @path as an A4 PDF with the report
 * renderer that printing uses, as the CLI writes it: replaced at once, so
 * a failure leaves an existing file as it was; with title, author and
 * subject in the PDF's metadata; and an error that names the file, in
 * the user's language. (GtkPrintOperation's export gives none of these:
 * its error for a read-only folder is "error while writing to output
 * stream".) Respondents' names are never printed here: only the print
 * dialog has the coordinator's choice (BsReportOptions).
 */
gboolean
bs_print_export_pdf (GtkWindow     *parent,
                     BsAssessment  *assessment,
                     const char    *lang,
                     const char    *path,
                     GError       **error)
{
  g_autoptr(BsReport) report = NULL;

  g_return_val_if_fail (BS_IS_ASSESSMENT (assessment), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  report = bs_report_new (assessment, lang);

  return bs_report_write_pdf (report, path, error);
}
