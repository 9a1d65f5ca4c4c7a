/* libFuzzer harness: the report and the chart drawn from a loaded assessment. */
#define G_LOG_DOMAIN "blendscan-fuzz"

#include "config.h"

#include <stdlib.h>

#include <cairo-pdf.h>

#include "blendscan-core.h"
#include "bs-chart-export.h"
#include "bs-report.h"
#include "fuzz-common.h"

/* Drawing is far slower than loading; a few pages show every section kind
 * the input can reach, and more would only slow the run down. */
#define MAX_PAGES 4

static cairo_status_t
discard (void                *closure,
         const unsigned char *data,
         unsigned int         length)
{
  return CAIRO_STATUS_SUCCESS;
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GBytes) bytes = g_bytes_new (data, size);
  g_autoptr(GError) error = NULL;
  g_autoptr(BsAssessment) assessment = NULL;
  g_autoptr(BsReport) report = NULL;
  g_autoptr(GBytes) chart = NULL;
  BsRadarOptions options = { 0 };
  BsFramework *framework;
  BsLevel *level;
  cairo_surface_t *surface;
  cairo_t *cr;
  const char *lang;
  guint n_pages;

  assessment = bs_assessment_load_from_bytes (bytes, "fuzz.blendscan",
                                              bs_framework_get_default (),
                                              &error);
  if (assessment == NULL)
    return 0;

  /* The last byte picks the language, so both get fuzzed. */
  lang = (size > 0 && data[size - 1] & 1) ? "en" : "nl";

  report = bs_report_new (assessment, lang);
  surface = cairo_pdf_surface_create_for_stream (discard, NULL,
                                                 BS_REPORT_A4_WIDTH,
                                                 BS_REPORT_A4_HEIGHT);
  cr = cairo_create (surface);
  bs_report_paginate (report, cr, BS_REPORT_A4_WIDTH, BS_REPORT_A4_HEIGHT);
  n_pages = bs_report_get_n_pages (report);
  if (n_pages == 0)
    abort ();
  for (guint i = 0; i < MIN (n_pages, MAX_PAGES); i++)
    {
      bs_report_draw_page (report, cr, i);
      cairo_show_page (cr);
    }
  if (cairo_status (cr) != CAIRO_STATUS_SUCCESS)
    abort ();
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  cairo_surface_destroy (surface);

  framework = bs_assessment_get_framework (assessment);
  level = g_list_model_get_item (bs_framework_get_levels (framework), 0);
  if (level != NULL)
    {
      options.lang = lang;
      options.flags = (BsRadarFlags) (data[0] & ~BS_RADAR_SHOW_PREVIOUS & 0xf);
      chart = bs_chart_render (assessment, bs_level_get_id (level), &options,
                               160, BS_CHART_FORMAT_SVG, &error);
      g_object_unref (level);
      if (chart == NULL)
        abort ();
    }
  return 0;
}
