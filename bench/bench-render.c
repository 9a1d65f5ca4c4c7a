/* bench-render.c: how long radar charts and the report take to render
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <cairo-pdf.h>

#include "blendscan-core.h"
#include "bs-radar.h"
#include "bs-report.h"

static cairo_status_t
discard_cb (void                *closure,
            const unsigned char *data,
            unsigned int         length)
{
  *(gsize *) closure += length;

  return CAIRO_STATUS_SUCCESS;
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BsAssessment) assessment = NULL;
  const char *levels[] = { "course", "programme", "institution" };
  int n_radars = argc > 2 ? atoi (argv[2]) : 100;
  int n_reports = argc > 3 ? atoi (argv[3]) : 10;
  gint64 start;
  double load_ms, radar_ms, report_ms = 0, paginate_ms = 0;
  double first_paginate_ms = 0, first_draw_ms = 0;
  gsize bytes = 0;

  if (argc < 2)
    {
      g_printerr ("usage: bench-render FILE.blendscan [N_RADARS] [N_REPORTS]\n");
      return 2;
    }

  start = g_get_monotonic_time ();
  assessment = bs_assessment_load (argv[1], NULL, &error);
  if (assessment == NULL)
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  load_ms = (g_get_monotonic_time () - start) / 1000.0;

  /* Whole reports, paginated and written as PDF into memory. The first
   * one also finds and loads the fonts, as blendscan-cli report does; it
   * is reported on its own, the others are averaged. */
  for (int i = 0; i <= n_reports; i++)
    {
      g_autoptr(BsReport) report = bs_report_new (assessment, "nl");
      cairo_surface_t *surface = cairo_pdf_surface_create_for_stream (discard_cb, &bytes,
                                                                      BS_REPORT_A4_WIDTH, BS_REPORT_A4_HEIGHT);
      cairo_t *cr = cairo_create (surface);
      gint64 t0 = g_get_monotonic_time (), t1, t2;

      if (i == 1)
        bytes = 0;
      bs_report_paginate (report, cr, BS_REPORT_A4_WIDTH, BS_REPORT_A4_HEIGHT);
      t1 = g_get_monotonic_time ();
      for (guint p = 0; p < bs_report_get_n_pages (report); p++)
        {
          bs_report_draw_page (report, cr, p);
          cairo_show_page (cr);
        }
      cairo_destroy (cr);
      cairo_surface_finish (surface);
      cairo_surface_destroy (surface);
      t2 = g_get_monotonic_time ();

      if (i == 0)
        {
          first_paginate_ms = (t1 - t0) / 1000.0;
          first_draw_ms = (t2 - t1) / 1000.0;
        }
      else
        {
          paginate_ms += (t1 - t0) / 1000.0;
          report_ms += (t2 - t0) / 1000.0;
        }
    }

  /* Radars at 600 px with target and legend, cycling through the levels. */
  start = g_get_monotonic_time ();
  for (int i = 0; i < n_radars; i++)
    {
      BsRadarOptions options = { NULL, BS_RADAR_SHOW_TARGET | BS_RADAR_SHOW_LEGEND, "nl", 1.0 };
      cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 600, 600);
      cairo_t *cr = cairo_create (surface);

      bs_radar_draw (cr, 600, 600, assessment, levels[i % 3], &options);
      cairo_destroy (cr);
      cairo_surface_destroy (surface);
    }
  radar_ms = (g_get_monotonic_time () - start) / 1000.0;

  printf ("load: %.1f ms (framework and assessment, validated)\n", load_ms);
  printf ("first report: %.1f ms layout (fonts found and loaded on the way), %.1f ms drawing and PDF\n",
          first_paginate_ms, first_draw_ms);
  printf ("radar: %d renders in %.1f ms, %.2f ms each\n", n_radars, radar_ms, radar_ms / MAX (n_radars, 1));
  printf ("report, warm: %d more reports in %.1f ms, %.1f ms each, of which %.1f ms layout (%" G_GSIZE_FORMAT " bytes of PDF each)\n",
          n_reports, report_ms, report_ms / MAX (n_reports, 1), paginate_ms / MAX (n_reports, 1),
          bytes / MAX (n_reports, 1));

  return 0;
}
