/* test-radar-stages.c: the radar's stage names never sit on a score line
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "blendscan-test"

#include "config.h"

#include <math.h>

#include "bs-radar.h"
#include "bs-test-common.h"

static BsAssessment *
load_example (const char *name)
{
  g_autofree char *path = bs_test_example_path (name);
  g_autoptr(GError) error = NULL;
  BsAssessment *assessment = bs_assessment_load (path, NULL, &error);

  g_assert_no_error (error);

  return assessment;
}

static gboolean
inside (const cairo_rectangle_t *b,
        double                   x,
        double                   y)
{
  return x > b->x && x < b->x + b->width && y > b->y && y < b->y + b->height;
}

/* Walks each drawn segment of a series in small steps: independent of
 * how the layout tests for crossings. */
static gboolean
series_crosses (const BsRadarLayout     *layout,
                const double            *values,
                const cairo_rectangle_t *b)
{
  guint n = layout->n_axes;

  for (guint i = 0; i < n; i++)
    {
      guint j = (i + 1) % n;
      double x1, y1, x2, y2;

      if (isnan (values[i]) || isnan (values[j]))
        continue;
      bs_radar_point (n, i, values[i], layout->n_stages, layout->cx, layout->cy, layout->radius, &x1, &y1);
      bs_radar_point (n, j, values[j], layout->n_stages, layout->cx, layout->cy, layout->radius, &x2, &y2);
      for (guint s = 0; s <= 400; s++)
        if (inside (b, x1 + (x2 - x1) * s / 400, y1 + (y2 - y1) * s / 400))
          return TRUE;
    }

  return FALSE;
}

static void
test_stage_names_clear_of_scores (void)
{
  static const char *examples[] = { "full-three-levels.blendscan", "marketingcommunicatie.blendscan" };
  static const char *levels[] = { "course", "programme", "institution" };
  static const double sizes[][2] = { { 300, 300 }, { 460, 460 }, { 600, 600 }, { 882, 794 }, { 1200, 1200 } };
  guint shown = 0, checked = 0;

  for (guint e = 0; e < G_N_ELEMENTS (examples); e++)
    {
      g_autoptr(BsAssessment) assessment = load_example (examples[e]);

      for (guint l = 0; l < G_N_ELEMENTS (levels); l++)
        {
          if (!bs_assessment_includes_level (assessment, levels[l]))
            continue;

          for (guint z = 0; z < G_N_ELEMENTS (sizes); z++)
            for (guint target = 0; target < 2; target++)
              {
                BsRadarOptions options = { NULL, BS_RADAR_SHOW_LEGEND | (target ? BS_RADAR_SHOW_TARGET : 0), "en", 1.0 };
                g_autoptr(BsRadarLayout) layout = bs_radar_layout_new (sizes[z][0], sizes[z][1], assessment,
                                                                       levels[l], &options);
                g_autoptr(BsLevelScores) scores = bs_level_scores_new (assessment, levels[l], NULL);
                g_autofree double *current = NULL;
                g_autofree double *targets = NULL;

                current = bs_level_scores_series (scores, BS_SCORE_SERIES_CURRENT);
                targets = bs_level_scores_series (scores, BS_SCORE_SERIES_TARGET);

                for (guint k = 1; k <= layout->n_stages; k++)
                  {
                    cairo_rectangle_t box;

                    checked++;
                    if (!bs_radar_layout_get_stage_box (layout, k, &box))
                      continue;
                    shown++;
                    if (series_crosses (layout, current, &box) || (target && series_crosses (layout, targets, &box)))
                      g_error ("%s, %s at %g×%g%s: stage %u's name sits on a score line",
                               examples[e], levels[l], sizes[z][0], sizes[z][1], target ? " with targets" : "", k);
                  }
              }
        }
    }

  g_test_message ("%u of %u stage names shown, none on a score line", shown, checked);
  /* Clear of the lines, but still there: a scale without names is no fix. */
  g_assert_cmpuint (shown, >=, checked * 9 / 10);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/radar/stage-names-clear-of-scores", test_stage_names_clear_of_scores);

  return g_test_run ();
}
