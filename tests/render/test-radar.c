/* test-radar.c: radar geometry, series, pixels and label layout
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include "blendscan-core.h"
#include "bs-radar.h"
#include "bs-score-table.h"
#include "bs-test-common.h"

static const char * const examples[] = {
  "digicoaches.blendscan",
  "full-three-levels.blendscan",
  "marketingcommunicatie.blendscan",
};

static const int sizes[] = { 240, 400, 800 };

static BsAssessment *
load_example (const char *name)
{
  g_autofree char *path = bs_test_example_path (name);
  g_autoptr(GError) error = NULL;
  BsAssessment *assessment = bs_assessment_load (path, NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (assessment);

  return assessment;
}

/* A framework with one level of n dimensions whose titles are long, to
 * test the layout beyond the default framework's 3, 4 and 8 axes. */
static BsFramework *
make_framework_titled (guint       n_axes,
                       const char *first_title)
{
  static const char * const words[] = {
    "Professional development of teaching staff",
    "Flexibility",
    "Quality assurance and evaluation of blended courses",
    "Interaction",
    "Facilities and learning spaces",
    "Strategy",
  };
  g_autoptr(GString) xml = g_string_new (NULL);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  BsFramework *framework;

  g_string_append (xml,
                   "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                   "<framework xmlns=\"urn:x-blendscan:framework\" format=\"1\" id=\"test-axes\" version=\"1\">"
                   "<title xml:lang=\"en\">Axes</title><title xml:lang=\"nl\">Assen</title><scale>"
                   "<stage value=\"1\" id=\"s1\"><name xml:lang=\"en\">Exploring</name><name xml:lang=\"nl\">Verkennend</name></stage>"
                   "<stage value=\"2\" id=\"s2\"><name xml:lang=\"en\">Developing</name><name xml:lang=\"nl\">In ontwikkeling</name></stage>"
                   "<stage value=\"3\" id=\"s3\"><name xml:lang=\"en\">Embedded</name><name xml:lang=\"nl\">Ingebed</name></stage>"
                   "<stage value=\"4\" id=\"s4\"><name xml:lang=\"en\">Leading</name><name xml:lang=\"nl\">Toonaangevend</name></stage>"
                   "</scale><level id=\"unit\"><title xml:lang=\"en\">Unit</title><title xml:lang=\"nl\">Eenheid</title>");
  for (guint i = 0; i < n_axes; i++)
    g_string_append_printf (xml,
                            "<dimension id=\"d%u\"><title xml:lang=\"en\">%s</title><title xml:lang=\"nl\">%s (nl)</title>"
                            "<statement id=\"unit.d%u.1\"><text xml:lang=\"en\">S</text><text xml:lang=\"nl\">S</text></statement>"
                            "<statement id=\"unit.d%u.2\"><text xml:lang=\"en\">S</text><text xml:lang=\"nl\">S</text></statement>"
                            "</dimension>",
                            i,
                            i == 0 && first_title ? first_title : words[i % G_N_ELEMENTS (words)],
                            i == 0 && first_title ? first_title : words[i % G_N_ELEMENTS (words)],
                            i, i);
  g_string_append (xml, "</level></framework>");

  bytes = g_bytes_new (xml->str, xml->len);
  framework = bs_framework_new_from_bytes (bytes, "test-axes.xml", &error);
  g_assert_no_error (error);

  return framework;
}

/* Every third dimension is left unanswered: gaps in the polygon. */
static BsAssessment *
make_assessment_titled (guint       n_axes,
                        const char *first_title)
{
  g_autoptr(BsFramework) framework = make_framework_titled (n_axes, first_title);
  const char *levels[] = { "unit", NULL };
  BsAssessment *assessment = bs_assessment_new (framework);

  bs_assessment_set_levels (assessment, levels);
  for (guint i = 0; i < n_axes; i++)
    {
      g_autofree char *id1 = g_strdup_printf ("unit.d%u.1", i);
      g_autofree char *id2 = g_strdup_printf ("unit.d%u.2", i);

      if (i % 3 == 2)
        continue;
      bs_assessment_set_value (assessment, id1, 1 + (int) (i % 4));
      bs_assessment_set_value (assessment, id2, 2);
      bs_answer_set_target (bs_assessment_get_answer (assessment, id1), 4);
    }

  return assessment;
}

static BsAssessment *
make_assessment (guint n_axes)
{
  return make_assessment_titled (n_axes, NULL);
}

static void
test_point (void)
{
  double x, y;

  /* Axis 0 points up: the highest stage lands on the top of the outer ring. */
  bs_radar_point (4, 0, 4, 4, 100, 100, 80, &x, &y);
  g_assert_cmpfloat_with_epsilon (x, 100, 1e-9);
  g_assert_cmpfloat_with_epsilon (y, 20, 1e-9);

  /* Clockwise: axis 1 of 4 points right; 2 of 4 stages is half way. */
  bs_radar_point (4, 1, 2, 4, 100, 100, 80, &x, &y);
  g_assert_cmpfloat_with_epsilon (x, 140, 1e-9);
  g_assert_cmpfloat_with_epsilon (y, 100, 1e-9);

  /* Three axes: the third points down to the left, at 150°. */
  bs_radar_point (3, 2, 4, 4, 0, 0, 100, &x, &y);
  g_assert_cmpfloat_with_epsilon (x, -100 * sqrt (3) / 2, 1e-9);
  g_assert_cmpfloat_with_epsilon (y, 50, 1e-9);

  /* Out of range values stay on the chart. */
  bs_radar_point (5, 0, 9, 4, 0, 0, 10, &x, &y);
  g_assert_cmpfloat_with_epsilon (y, -10, 1e-9);
  bs_radar_point (5, 0, 0, 4, 0, 0, 10, &x, &y);
  g_assert_cmpfloat_with_epsilon (y, 0, 1e-9);
}

static void
test_series (void)
{
  g_autoptr(BsAssessment) a = load_example ("full-three-levels.blendscan");
  g_autoptr(BsAssessment) gaps = make_assessment (6);
  BsFramework *framework = bs_assessment_get_framework (a);
  BsLevel *level = bs_framework_lookup_level (framework, "course");
  g_autoptr(BsLevelScores) scores = bs_level_scores_new (a, "course", NULL);
  g_autoptr(BsLevelScores) gap_scores = bs_level_scores_new (gaps, "unit", NULL);
  g_autofree double *current = NULL;
  g_autofree double *target = NULL;
  g_autofree double *gap_values = NULL;
  guint n = scores->n_dimensions;

  current = bs_level_scores_series (scores, BS_SCORE_SERIES_CURRENT);
  g_assert_cmpuint (n, ==, g_list_model_get_n_items (bs_level_get_dimensions (level)));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(BsDimension) dimension = g_list_model_get_item (bs_level_get_dimensions (level), i);
      BsScore score;

      bs_score_dimension (a, dimension, &score);
      g_assert_cmpfloat_with_epsilon (current[i], score.score, 1e-9);
    }

  /* Interaction's targets in the example are 4, 3, 3, 3 and 3; the sixth
   * statement has none and does not count. */
  target = bs_level_scores_series (scores, BS_SCORE_SERIES_TARGET);
  g_assert_cmpfloat_with_epsilon (target[1], 3.2, 1e-9);

  gap_values = bs_level_scores_series (gap_scores, BS_SCORE_SERIES_CURRENT);
  g_assert_cmpuint (gap_scores->n_dimensions, ==, 6);
  g_assert_false (isnan (gap_values[0]));
  g_assert_true (isnan (gap_values[2]));
  g_assert_true (isnan (gap_values[5]));
}

/* memcpy: a byte pointer cast to guint32 * may be misaligned (-Wcast-align). */
static guint32
pixel_at (cairo_surface_t *surface,
          int              x,
          int              y)
{
  guint32 p;

  memcpy (&p, cairo_image_surface_get_data (surface) + y * cairo_image_surface_get_stride (surface) + x * 4, sizeof p);
  return p;
}

static gboolean
pixel_is_white (cairo_surface_t *surface,
                int              x,
                int              y)
{
  guint32 p = pixel_at (surface, x, y);

  return (p & 0xffffff) == 0xffffff;
}

static void
pixel_rgb (cairo_surface_t *surface,
           int              x,
           int              y,
           int             *r,
           int             *g,
           int             *b)
{
  guint32 p = pixel_at (surface, x, y);

  *r = (p >> 16) & 0xff;
  *g = (p >> 8) & 0xff;
  *b = p & 0xff;
}

static void
test_pixels (void)
{
  g_autoptr(BsAssessment) a = load_example ("full-three-levels.blendscan");
  g_autoptr(BsAssessment) gaps = make_assessment (6);
  BsRadarOptions options = { NULL, BS_RADAR_SHOW_TARGET | BS_RADAR_SHOW_LEGEND, "en", 1.0 };
  const int size = 400;
  struct {
    BsAssessment *assessment;
    const char   *level;
  } cases[] = { { a, "course" }, { a, "programme" }, { a, "institution" }, { gaps, "unit" } };

  for (guint c = 0; c < G_N_ELEMENTS (cases); c++)
    {
      g_autoptr(BsRadarLayout) layout = bs_radar_layout_new (size, size, cases[c].assessment, cases[c].level, &options);
      g_autoptr(BsLevelScores) scores = bs_level_scores_new (cases[c].assessment, cases[c].level, NULL);
      g_autofree double *values = NULL;
      cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, size, size);
      cairo_t *cr = cairo_create (surface);
      guint n;
      double angle, x, y;
      int r, g, b;

      cairo_set_source_rgb (cr, 1, 1, 1);
      cairo_paint (cr);
      bs_radar_draw (cr, size, size, cases[c].assessment, cases[c].level, &options);
      cairo_destroy (cr);
      cairo_surface_flush (surface);

      values = bs_level_scores_series (scores, BS_SCORE_SERIES_CURRENT);
      n = scores->n_dimensions;
      g_assert_cmpuint (n, ==, layout->n_axes);

      /* Inside the polygon, between axis 0 and axis 1 near the centre,
       * the current score's blue fill is painted. */
      g_assert_false (isnan (values[0]) || isnan (values[1]));
      angle = -G_PI / 2 + G_PI / n;
      x = layout->cx + cos (angle) * layout->radius * 0.12;
      y = layout->cy + sin (angle) * layout->radius * 0.12;
      pixel_rgb (surface, (int) x, (int) y, &r, &g, &b);
      g_assert_cmpint (b, >, r + 40);

      /* Beyond the outer ring, away from labels and legend: background. */
      angle = -G_PI / 2 - G_PI / n;
      x = layout->cx + cos (angle) * layout->radius * 1.04;
      y = layout->cy + sin (angle) * layout->radius * 1.04;
      g_assert_true (pixel_is_white (surface, (int) x, (int) y));
      g_assert_true (pixel_is_white (surface, 1, 1));
      g_assert_true (pixel_is_white (surface, size - 2, 1));

      /* An unanswered dimension is a gap, not a zero: nothing is filled
       * around its axis between the rings. */
      for (guint i = 0; i < n; i++)
        if (isnan (values[i]))
          {
            bs_radar_point (n, i, 0.6, 4, layout->cx, layout->cy, layout->radius, &x, &y);
            /* Off the dashed axis line by a few pixels. */
            x += 4 * cos (-G_PI / 2 + 2 * G_PI * i / n + G_PI / 2);
            y += 4 * sin (-G_PI / 2 + 2 * G_PI * i / n + G_PI / 2);
            pixel_rgb (surface, (int) x, (int) y, &r, &g, &b);
            g_assert_false (b > r + 40);
          }

      cairo_surface_destroy (surface);
    }
}

static double
rect_distance (const cairo_rectangle_t *rect,
               double                   cx,
               double                   cy)
{
  double dx = MAX (MAX (rect->x - cx, 0), cx - (rect->x + rect->width));
  double dy = MAX (MAX (rect->y - cy, 0), cy - (rect->y + rect->height));

  return sqrt (dx * dx + dy * dy);
}

static gboolean
rects_intersect (const cairo_rectangle_t *a,
                 const cairo_rectangle_t *b)
{
  return a->x < b->x + b->width && b->x < a->x + a->width &&
         a->y < b->y + b->height && b->y < a->y + a->height;
}

static void
check_layout (BsAssessment         *assessment,
              const char           *level_id,
              double                width,
              double                height,
              const BsRadarOptions *options)
{
  g_autoptr(BsRadarLayout) layout = bs_radar_layout_new (width, height, assessment, level_id, options);

  g_test_message ("%s at %g×%g: radius %.1f, font %.1f", level_id, width, height, layout->radius, layout->font_size);
  g_assert_cmpfloat (layout->radius, >, MIN (width, height) * 0.15);
  g_assert_cmpfloat (layout->cx - layout->radius, >=, 0);
  g_assert_cmpfloat (layout->cy - layout->radius, >=, 0);
  g_assert_cmpfloat (layout->cx + layout->radius, <=, width);
  g_assert_cmpfloat (layout->cy + layout->radius, <=, height);

  g_assert_cmpuint (layout->label_step, >=, 1);
  for (guint i = 0; i < layout->n_axes; i++)
    {
      const cairo_rectangle_t *box = &layout->label_boxes[i];

      /* Every axis has its label, or, when there are too many for that,
       * every second, fifth, tenth… axis: never none at all. */
      if (i % layout->label_step != 0)
        {
          g_assert_cmpfloat (box->width, ==, 0);
          continue;
        }
      g_assert_cmpfloat (box->width, >, 0);
      g_assert_cmpfloat (box->height, >, 0);
      /* Inside the surface, so never clipped. */
      g_assert_cmpfloat (box->x, >=, 0);
      g_assert_cmpfloat (box->y, >=, 0);
      g_assert_cmpfloat (box->x + box->width, <=, width + 1e-6);
      g_assert_cmpfloat (box->y + box->height, <=, height + 1e-6);
      /* Outside the outer ring, so never over the plot. */
      g_assert_cmpfloat (rect_distance (box, layout->cx, layout->cy), >=, layout->radius);

      for (guint j = i + 1; j < layout->n_axes; j++)
        if (layout->label_boxes[j].width > 0)
          g_assert_false (rects_intersect (box, &layout->label_boxes[j]));
      if (layout->legend_box.height > 0)
        g_assert_false (rects_intersect (box, &layout->legend_box));
    }

  if (layout->legend_box.height > 0)
    {
      g_assert_cmpfloat (layout->legend_box.y + layout->legend_box.height, <=, height + 1e-6);
      g_assert_cmpfloat (layout->cy + layout->radius, <=, layout->legend_box.y);
    }
}

static void
test_labels_examples (void)
{
  for (guint e = 0; e < G_N_ELEMENTS (examples); e++)
    {
      g_autoptr(BsAssessment) a = load_example (examples[e]);
      const char * const *levels = bs_assessment_get_levels (a);

      for (guint l = 0; levels[l] != NULL; l++)
        for (guint s = 0; s < G_N_ELEMENTS (sizes); s++)
          for (guint lang = 0; lang < 2; lang++)
            for (guint legend = 0; legend < 2; legend++)
              {
                BsRadarOptions options = { NULL, BS_RADAR_SHOW_TARGET, lang ? "nl" : "en", 1.0 };

                if (legend)
                  options.flags |= BS_RADAR_SHOW_LEGEND;
                check_layout (a, levels[l], sizes[s], sizes[s], &options);
              }

      /* The report's size and font. */
      for (guint l = 0; levels[l] != NULL; l++)
        {
          BsRadarOptions options = { NULL, BS_RADAR_SHOW_TARGET | BS_RADAR_SHOW_LEGEND, "nl", 0.8 };

          check_layout (a, levels[l], 481.9, 330, &options);
          check_layout (a, levels[l], 200, 400, &options);
        }
    }
}

static void
test_labels_many_axes (void)
{
  for (guint n = 3; n <= 14; n++)
    {
      g_autoptr(BsAssessment) a = make_assessment (n);

      for (guint s = 0; s < G_N_ELEMENTS (sizes); s++)
        {
          BsRadarOptions options = { NULL, BS_RADAR_SHOW_TARGET | BS_RADAR_SHOW_LEGEND, "en", 1.0 };

          check_layout (a, "unit", sizes[s], sizes[s], &options);
        }
    }
}

/* One title of 300 characters took every label away: now it is cut with
 * an ellipsis and every axis keeps its name. */
static void
test_labels_long_title (void)
{
  g_autoptr(GString) title = g_string_new (NULL);
  g_autoptr(BsAssessment) a = NULL;

  while (title->len < 300)
    g_string_append (title, "Professionalisering van docenten en ondersteuners ");
  g_string_truncate (title, 300);
  a = make_assessment_titled (8, title->str);

  for (guint s = 0; s < G_N_ELEMENTS (sizes); s++)
    {
      BsRadarOptions options = { NULL, BS_RADAR_SHOW_TARGET | BS_RADAR_SHOW_LEGEND, "en", 1.0 };
      g_autoptr(BsRadarLayout) layout = bs_radar_layout_new (sizes[s], sizes[s], a, "unit", &options);

      check_layout (a, "unit", sizes[s], sizes[s], &options);
      g_assert_false (layout->numbered);
      g_assert_cmpuint (layout->label_step, ==, 1);
    }
}

/* A hundred dimensions: the names cannot fit, the axes get numbers (all,
 * or every so many), and the plot keeps a useful size. */
static void
test_labels_hundred_axes (void)
{
  g_autoptr(BsAssessment) a = make_assessment (100);
  const double chart_sizes[] = { 240, 400, 600, 800 };

  for (guint s = 0; s < G_N_ELEMENTS (chart_sizes); s++)
    {
      BsRadarOptions options = { NULL, BS_RADAR_SHOW_TARGET | BS_RADAR_SHOW_LEGEND, "en", 1.0 };
      g_autoptr(BsRadarLayout) layout = bs_radar_layout_new (chart_sizes[s], chart_sizes[s], a, "unit", &options);
      guint shown = 0;

      check_layout (a, "unit", chart_sizes[s], chart_sizes[s], &options);
      g_assert_true (layout->numbered);
      for (guint i = 0; i < layout->n_axes; i++)
        shown += layout->label_boxes[i].width > 0;
      g_test_message ("%g px: every %u axis numbered, %u labels", chart_sizes[s], layout->label_step, shown);
      g_assert_cmpuint (shown, >=, 10);
      g_assert_cmpuint (shown, ==, (100 + layout->label_step - 1) / layout->label_step);
    }
}

/* Nothing drawn, nothing in the legend: a previous assessment without
 * scores on the level adds no entry. */
static void
test_previous_legend (void)
{
  g_autoptr(BsAssessment) a = load_example ("full-three-levels.blendscan");
  g_autoptr(BsAssessment) previous = load_example ("marketingcommunicatie.blendscan");
  BsRadarOptions with = { previous, BS_RADAR_SHOW_PREVIOUS | BS_RADAR_SHOW_TARGET | BS_RADAR_SHOW_LEGEND, "en", 1.0 };
  BsRadarOptions without = { NULL, BS_RADAR_SHOW_TARGET | BS_RADAR_SHOW_LEGEND, "en", 1.0 };

  g_autoptr(BsLevelScores) course = NULL;
  g_autoptr(BsLevelScores) institution = NULL;

  /* Without its baseline, which "without" would draw as the previous series. */
  bs_assessment_set_baseline (a, NULL);
  course = bs_level_scores_new (a, "course", previous);
  institution = bs_level_scores_new (a, "institution", previous);

  g_assert_true (course->has_previous);
  g_assert_false (institution->has_previous);

  /* Narrow enough that a third legend entry needs a second row. */
  for (double width = 200; width <= 400; width += 50)
    {
      g_autoptr(BsRadarLayout) lacking = bs_radar_layout_new (width, width, a, "institution", &with);
      g_autoptr(BsRadarLayout) plain = bs_radar_layout_new (width, width, a, "institution", &without);

      g_assert_cmpfloat (lacking->legend_box.height, ==, plain->legend_box.height);
      g_assert_cmpfloat (lacking->radius, ==, plain->radius);
    }
}

/* Nothing answered: every axis is a gap, nothing is filled. */
static void
test_empty (void)
{
  g_autoptr(BsAssessment) a = bs_assessment_new (bs_framework_get_default ());
  BsRadarOptions options = { NULL, BS_RADAR_SHOW_TARGET | BS_RADAR_SHOW_LEGEND, "nl", 1.0 };
  g_autoptr(BsRadarLayout) layout = bs_radar_layout_new (300, 300, a, "institution", &options);
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 300, 300);
  cairo_t *cr = cairo_create (surface);
  int r, g, b;

  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  bs_radar_draw (cr, 300, 300, a, "institution", &options);
  cairo_destroy (cr);
  cairo_surface_flush (surface);

  pixel_rgb (surface, (int) (layout->cx + layout->radius * 0.3), (int) (layout->cy - layout->radius * 0.05), &r, &g, &b);
  g_assert_false (b > r + 40);
  check_layout (a, "institution", 240, 240, &options);
  cairo_surface_destroy (surface);
}

static void
test_previous (void)
{
  g_autoptr(BsAssessment) a = load_example ("full-three-levels.blendscan");
  g_autoptr(BsAssessment) previous = load_example ("marketingcommunicatie.blendscan");
  BsRadarOptions options = { previous, BS_RADAR_SHOW_PREVIOUS | BS_RADAR_SHOW_SPREAD | BS_RADAR_SHOW_LEGEND, "en", 1.0 };
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 300, 300);
  cairo_t *cr = cairo_create (surface);

  /* The previous assessment's series and the spread (no team here, so no
   * band) draw without trouble, and the previous one lacking a level is
   * no error. */
  bs_radar_draw (cr, 300, 300, a, "course", &options);
  bs_radar_draw (cr, 300, 300, a, "institution", &options);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  check_layout (a, "course", 300, 300, &options);

  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

/* Draws a radar on white and returns the surface. */
static cairo_surface_t *
draw_on_white (BsAssessment         *assessment,
               const char           *level,
               int                   size,
               const BsRadarOptions *options)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, size, size);
  cairo_t *cr = cairo_create (surface);

  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  bs_radar_draw (cr, size, size, assessment, level, options);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_destroy (cr);
  cairo_surface_flush (surface);

  return surface;
}

static guint
count_different (cairo_surface_t *a,
                 cairo_surface_t *b,
                 int              size)
{
  guint n = 0;

  for (int y = 0; y < size; y++)
    for (int x = 0; x < size; x++)
      if ((pixel_at (a, x, y) & 0xffffff) != (pixel_at (b, x, y) & 0xffffff))
        n++;

  return n;
}

/* A team file's radar draws the band between the lowest and the highest
 * respondent score of each dimension, with its legend entry; a file of
 * one person draws the same chart with or without the flag. */
static void
test_spread (void)
{
  g_autoptr(BsAssessment) team = load_example ("team-bedrijfskunde.blendscan");
  g_autoptr(BsAssessment) single = load_example ("full-three-levels.blendscan");
  g_autoptr(BsLevelScores) scores = bs_level_scores_new (team, "programme", NULL);
  BsRadarOptions with = { NULL, BS_RADAR_SHOW_SPREAD | BS_RADAR_SHOW_LEGEND, "en", 1.0 };
  BsRadarOptions without = { NULL, BS_RADAR_SHOW_LEGEND, "en", 1.0 };
  const int size = 400;
  g_autoptr(BsRadarLayout) layout = bs_radar_layout_new (size, size, team, "programme", &with);
  g_autoptr(BsRadarLayout) plain = bs_radar_layout_new (size, size, team, "programme", &without);
  cairo_surface_t *banded = draw_on_white (team, "programme", size, &with);
  cairo_surface_t *bare = draw_on_white (team, "programme", size, &without);
  cairo_surface_t *single_with = draw_on_white (single, "course", size, &with);
  cairo_surface_t *single_without = draw_on_white (single, "course", size, &without);
  guint checked = 0;

  g_assert_true (scores->has_spread);

  /* Inside the band, beyond the team's score: the band's colour, where
   * the chart without it is white. Points near a ring or an axis are
   * skipped, the lines are drawn there. */
  for (guint i = 0; i < scores->n_dimensions; i++)
    {
      const BsDimensionScores *d = &scores->dimensions[i];
      double low = MAX (d->spread_min, d->score.scored > 0 ? d->score.score : 0), v, x, y;

      if (isnan (d->spread_max) || isnan (low) || d->spread_max - low < 0.4)
        continue;
      v = low + (d->spread_max - low) * 0.5;
      if (fabs (v - round (v)) < 0.12)
        v = low + (d->spread_max - low) * 0.3;
      if (fabs (v - round (v)) < 0.12)
        continue;

      /* beside axis i, off its line by a few pixels, clockwise */
      bs_radar_point (layout->n_axes, i, v, layout->n_stages, layout->cx, layout->cy, layout->radius, &x, &y);
      x += 4 * cos (2 * G_PI * i / layout->n_axes);
      y += 4 * sin (2 * G_PI * i / layout->n_axes);
      /* a stage name's halo may sit there */
      if (!pixel_is_white (bare, (int) x, (int) y))
        continue;
      g_assert_false (pixel_is_white (banded, (int) x, (int) y));
      checked++;
    }
  g_assert_cmpuint (checked, >, 0);
  g_assert_cmpuint (count_different (banded, bare, size), >, 500);

  /* The legend names the band: its box differs from the plain one's. */
  {
    const cairo_rectangle_t *b = &layout->legend_box;
    guint n = 0;

    g_assert_cmpfloat (b->height, >=, plain->legend_box.height);
    for (int y = (int) b->y; y < (int) (b->y + b->height) && y < size; y++)
      for (int x = (int) b->x; x < (int) (b->x + b->width) && x < size; x++)
        if ((pixel_at (banded, x, y) & 0xffffff) != (pixel_at (bare, x, y) & 0xffffff))
          n++;
    g_assert_cmpuint (n, >, 50);
  }

  /* No team: nothing to draw, nothing in the legend. */
  g_assert_cmpuint (count_different (single_with, single_without, size), ==, 0);

  cairo_surface_destroy (banded);
  cairo_surface_destroy (bare);
  cairo_surface_destroy (single_with);
  cairo_surface_destroy (single_without);
}

static void
test_score_table (void)
{
  g_autoptr(BsAssessment) a = load_example ("full-three-levels.blendscan");
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 500, 400);
  cairo_t *cr = cairo_create (surface);
  double measured = bs_score_table_measure (480, a, "institution", "en");
  double drawn = bs_score_table_draw (cr, 480, a, "institution", "en");

  /* Header, eight dimensions and the level score. */
  g_assert_cmpfloat (measured, >, 10 * 10);
  g_assert_cmpfloat_with_epsilon (measured, drawn, 1e-9);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);

  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

/* A narrow table (a small window, A5) keeps each heading on one line:
 * with short dimension names, and every answer scored, it is exactly as
 * tall as a wide one. */
static void
test_score_table_narrow (void)
{
  g_autoptr(BsAssessment) a = load_example ("full-three-levels.blendscan");
  const char *langs[] = { "en", "nl" };

  for (guint l = 0; l < G_N_ELEMENTS (langs); l++)
    {
      double wide = bs_score_table_measure (480, a, "course", langs[l]);

      for (double width = 300; width < 480; width += 20)
        g_assert_cmpfloat_with_epsilon (bs_score_table_measure (width, a, "course", langs[l]), wide, 1e-6);
    }
}

/* The answers without a score take a line of their own under a
 * dimension's count: such a table is taller than one with every answer
 * scored. */
static void
test_score_table_unscored (void)
{
  g_autoptr(BsAssessment) a = bs_assessment_new (bs_framework_get_builtin ("1.0"));
  double all_scored, with_na;

  bs_assessment_set_levels (a, (const char * const[]) { "course", NULL });
  bs_assessment_set_value (a, "course.flexibility.1", 2);
  bs_assessment_set_value (a, "course.flexibility.2", 3);
  all_scored = bs_score_table_measure (480, a, "course", "en");
  bs_assessment_set_value (a, "course.flexibility.3", BS_VALUE_NOT_APPLICABLE);
  with_na = bs_score_table_measure (480, a, "course", "en");
  g_assert_cmpfloat (with_na, >, all_scored);
}

/* The flags are a registered type, so that a widget's property can
 * carry them and a binding convert to them. */
static void
test_flags_type (void)
{
  g_autoptr(GFlagsClass) klass = g_type_class_ref (BS_TYPE_RADAR_FLAGS);

  g_assert_true (G_TYPE_IS_FLAGS (BS_TYPE_RADAR_FLAGS));
  g_assert_cmpuint (klass->n_values, ==, 4);
  g_assert_cmpstr (g_flags_get_first_value (klass, BS_RADAR_SHOW_TARGET)->value_nick, ==, "target");
  g_assert_cmpstr (g_flags_get_first_value (klass, BS_RADAR_SHOW_LEGEND)->value_nick, ==, "legend");
  g_assert_cmpuint (klass->mask, ==, BS_RADAR_SHOW_TARGET | BS_RADAR_SHOW_PREVIOUS |
                                     BS_RADAR_SHOW_SPREAD | BS_RADAR_SHOW_LEGEND);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/radar/geometry/point", test_point);
  g_test_add_func ("/radar/flags/type", test_flags_type);
  g_test_add_func ("/radar/series/values", test_series);
  g_test_add_func ("/radar/render/pixels", test_pixels);
  g_test_add_func ("/radar/labels/examples", test_labels_examples);
  g_test_add_func ("/radar/labels/many-axes", test_labels_many_axes);
  g_test_add_func ("/radar/labels/long-title", test_labels_long_title);
  g_test_add_func ("/radar/labels/hundred-axes", test_labels_hundred_axes);
  g_test_add_func ("/radar/render/previous-legend", test_previous_legend);
  g_test_add_func ("/radar/render/previous", test_previous);
  g_test_add_func ("/radar/render/empty", test_empty);
  g_test_add_func ("/radar/render/spread", test_spread);
  g_test_add_func ("/radar/score-table", test_score_table);
  g_test_add_func ("/radar/score-table/narrow", test_score_table_narrow);
  g_test_add_func ("/radar/score-table/unscored", test_score_table_unscored);

  return g_test_run ();
}
