/* test-distribution.c: the team distribution chart: marks per respondent, labels that wrap, nothing outside
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "blendscan-test"

#include "config.h"

#include <math.h>
#include <string.h>

#include "bs-distribution.h"
#include "bs-test-common.h"

static const char * const stages[] = {
  "Verkennen", "Toepassen", "Integreren en borgen in de hele opleiding", "Vernieuwen op basis van gegevens",
};
static const char * const roles[] = {
  "Docent", "Student", "Opleidingsmanagement", "Onderwijsondersteuning",
};

/* Twelve respondents in four roles, who disagree: students low, teachers high. */
static const BsDistributionMark marks[] = {
  { 3, 0 }, { 4, 0 }, { 3, 0 }, { 4, 0 },
  { 1, 1 }, { 2, 1 }, { 1, 1 },
  { 3, 2 }, { 2, 2 },
  { BS_VALUE_NOT_APPLICABLE, 3 }, { BS_VALUE_UNKNOWN, 3 }, { BS_VALUE_NONE, 3 },
};

static BsDistribution
example (void)
{
  return (BsDistribution) {
    .n_stages = 4, .stage_labels = stages,
    .n_roles = 4, .role_labels = roles,
    .n_marks = G_N_ELEMENTS (marks), .marks = marks,
    .na_label = "n.v.t.", .unknown_label = "Weet niet", .mean_label = "Gemiddelde",
    .agreed = 3, .mean = 2.56, .font_scale = 1.0,
  };
}

static guint32
pixel (cairo_surface_t *surface,
       int              x,
       int              y)
{
  guint32 p;

  memcpy (&p, cairo_image_surface_get_data (surface) + y * cairo_image_surface_get_stride (surface) + x * 4,
          sizeof p);
  return p & 0xffffff;
}

/* Draws at (M, M) on a white surface M larger on every side, of @scale
 * device pixels per unit. */
#define M 20

static cairo_surface_t *
draw_scaled (const BsDistribution *d,
             double                width,
             double                height,
             int                   scale)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24,
                                                         ((int) width + 2 * M) * scale,
                                                         ((int) ceil (height) + 2 * M) * scale);
  cairo_t *cr;

  cairo_surface_set_device_scale (surface, scale, scale);
  cr = cairo_create (surface);

  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  cairo_translate (cr, M, M);
  bs_distribution_draw (cr, width, d);
  cairo_destroy (cr);
  cairo_surface_flush (surface);

  return surface;
}

static cairo_surface_t *
draw (const BsDistribution *d,
      double                width,
      double                height)
{
  return draw_scaled (d, width, height, 1);
}

static guint32
rgb_of (BsRgb color)
{
  return ((guint32) round (color.red * 255) << 16)
         | ((guint32) round (color.green * 255) << 8)
         | (guint32) round (color.blue * 255);
}

static guint
count_color (cairo_surface_t *surface,
             guint32          color)
{
  guint n = 0;

  for (int y = 0; y < cairo_image_surface_get_height (surface); y++)
    for (int x = 0; x < cairo_image_surface_get_width (surface); x++)
      if (pixel (surface, x, y) == color)
        n++;

  return n;
}

/* Nothing is drawn outside the width given and the height asked for, at
 * any width: labels wrap and the chart grows instead. */
static void
test_inside (void)
{
  BsDistribution d = example ();
  double widths[] = { 180, 260, 400, 640, 1000 };

  /* as paths (print), then stamped at a screen's pixels */
  for (guint i = 0; i < 2 * G_N_ELEMENTS (widths); i++)
    {
      double width = widths[i % G_N_ELEMENTS (widths)];
      double height;
      cairo_surface_t *surface;
      int w, h;
      guint outside = 0;
      guint inside = 0;

      d.pixel_scale = i < G_N_ELEMENTS (widths) ? 0 : 1;
      height = bs_distribution_get_height (&d, width);
      surface = draw (&d, width, height);
      w = cairo_image_surface_get_width (surface);
      h = cairo_image_surface_get_height (surface);

      g_assert_cmpfloat (height, >, 60);

      for (int y = 0; y < h; y++)
        for (int x = 0; x < w; x++)
          {
            gboolean in = x >= M && x < w - M && y >= M && y < h - M;

            if (pixel (surface, x, y) != 0xffffff)
              {
                if (in)
                  inside++;
                else
                  outside++;
              }
          }
      if (g_getenv ("BS_TEST_SAVE_PNG") != NULL)
        {
          g_autofree char *name = g_strdup_printf ("distribution-%d%s.png", (int) width,
                                                   d.pixel_scale > 0 ? "-stamped" : "");

          cairo_surface_write_to_png (surface, name);
        }
      g_assert_cmpuint (outside, ==, 0);
      g_assert_cmpuint (inside, >, 500);
      cairo_surface_destroy (surface);
    }
}

/* One mark per respondent who answered: eleven (the twelfth did not), each
 * in its role's colour. Counted by colour in the plot, legend left out. */
static void
test_marks (void)
{
  BsDistribution d = example ();
  BsDistribution legend_only = example ();
  double width = 640;
  double height = bs_distribution_get_height (&d, width);
  cairo_surface_t *surface;
  cairo_surface_t *empty;
  BsRgb color = bs_distribution_role_color (1);
  guint32 student = ((guint32) round (color.red * 255) << 16)
                    | ((guint32) round (color.green * 255) << 8)
                    | (guint32) round (color.blue * 255);
  guint with_marks = 0, without = 0;

  legend_only.n_marks = 0;
  surface = draw (&d, width, height);
  empty = draw (&legend_only, width, bs_distribution_get_height (&legend_only, width));

  for (int y = 0; y < cairo_image_surface_get_height (empty); y++)
    for (int x = 0; x < cairo_image_surface_get_width (empty); x++)
      if (pixel (empty, x, y) == student)
        without++;
  for (int y = 0; y < cairo_image_surface_get_height (surface); y++)
    for (int x = 0; x < cairo_image_surface_get_width (surface); x++)
      if (pixel (surface, x, y) == student)
        with_marks++;

  /* Three students' marks, each at least a few dozen pixels. */
  g_assert_cmpuint (with_marks, >, without + 3 * 30);

  cairo_surface_destroy (surface);
  cairo_surface_destroy (empty);
}

/* Many respondents in one column stack in rows: the chart grows. */
static void
test_many (void)
{
  g_autofree BsDistributionMark *many = g_new0 (BsDistributionMark, 200);
  BsDistribution d = example ();
  double few_height = bs_distribution_get_height (&d, 400);

  for (guint i = 0; i < 200; i++)
    many[i] = (BsDistributionMark) { 2, i % 4 };
  d.marks = many;
  d.n_marks = 200;
  g_assert_cmpfloat (bs_distribution_get_height (&d, 400), >, few_height * 2);
}

/* The plot is as tall as its tallest column of marks: a column of many
 * marks reaches up to just under the legend, with no empty rows above it. */
static void
test_no_empty_rows (void)
{
  g_autofree BsDistributionMark *many = g_new0 (BsDistributionMark, 120);
  BsDistribution d = example ();
  BsRgb color = bs_distribution_role_color (0);
  guint32 teacher = ((guint32) round (color.red * 255) << 16)
                    | ((guint32) round (color.green * 255) << 8)
                    | (guint32) round (color.blue * 255);
  double width = 400;
  cairo_surface_t *surface;
  int legend_bottom = -1, marks_top = -1;

  for (guint i = 0; i < 120; i++)
    many[i] = (BsDistributionMark) { 1, 0 };
  d.marks = many;
  d.n_marks = 120;
  d.agreed = BS_VALUE_NONE;
  d.mean = NAN;
  surface = draw (&d, width, bs_distribution_get_height (&d, width));

  /* The rows with the teachers' colour: the legend's mark, a gap, then
   * the column of marks. */
  for (int y = 0; y < cairo_image_surface_get_height (surface); y++)
    {
      gboolean has = FALSE;

      for (int x = 0; x < cairo_image_surface_get_width (surface) && !has; x++)
        has = pixel (surface, x, y) == teacher;
      if (has && marks_top < 0 && legend_bottom >= 0 && y > legend_bottom + 1)
        marks_top = y;
      else if (has && marks_top < 0)
        legend_bottom = y;
    }
  g_assert_cmpint (legend_bottom, >=, 0);
  g_assert_cmpint (marks_top, >, legend_bottom);
  /* A mark is 13 points at this size; the legend has two rows. */
  g_assert_cmpint (marks_top - legend_bottom, <, 3 * 13 + 20);

  cairo_surface_destroy (surface);
}

/* How much is drawn: darkness summed over the pixels. */
static double
ink (cairo_surface_t *surface)
{
  double sum = 0;

  for (int y = 0; y < cairo_image_surface_get_height (surface); y++)
    for (int x = 0; x < cairo_image_surface_get_width (surface); x++)
      {
        guint32 p = pixel (surface, x, y);

        sum += 765 - ((p >> 16) & 0xff) - ((p >> 8) & 0xff) - (p & 0xff);
      }

  return sum;
}

/* On a screen the marks are stamped from an image of each role's mark, at
 * whole pixels: at one and at two pixels per unit they look like the
 * paths, role by role, within antialiasing. */
static void
test_stamped (void)
{
  g_autofree BsDistributionMark *many = g_new0 (BsDistributionMark, 300);
  BsDistribution d = example ();
  double width = 640;

  for (guint i = 0; i < 300; i++)
    many[i] = (BsDistributionMark) { 1 + i % 4, (i / 4) % 4 };
  d.marks = many;
  d.n_marks = 300;

  for (int scale = 1; scale <= 2; scale++)
    {
      BsDistribution stamped = d;
      double height = bs_distribution_get_height (&d, width);
      cairo_surface_t *paths, *stamps;

      stamped.pixel_scale = scale;
      g_assert_cmpfloat (bs_distribution_get_height (&stamped, width), ==, height);
      paths = draw_scaled (&d, width, height, scale);
      stamps = draw_scaled (&stamped, width, height, scale);

      for (guint role = 0; role < d.n_roles; role++)
        {
          guint32 color = rgb_of (bs_distribution_role_color (role));
          guint a = count_color (paths, color), b = count_color (stamps, color);

          /* whole pixels of the colour differ with the edges' places */
          g_assert_cmpuint (a, >, 75 * 20 * scale * scale);
          g_assert_cmpuint (b, >, a * 75 / 100);
          g_assert_cmpuint (b, <, a * 125 / 100);
        }
      /* the same ink in all */
      g_assert_cmpfloat (fabs (ink (stamps) - ink (paths)), <, ink (paths) * 0.03);

      cairo_surface_destroy (paths);
      cairo_surface_destroy (stamps);
    }
}

/* The mean is a bar under the axis, taller than wide: no role's shape,
 * not even in grayscale (it was a triangle, like a role's). */
static void
test_mean_marker (void)
{
  BsDistribution d = example ();
  BsDistribution no_mean = example ();
  double width = 640;
  cairo_surface_t *with, *without;
  int left = G_MAXINT, right = -1, top = G_MAXINT, bottom = -1;

  no_mean.mean = NAN;
  with = draw (&d, width, bs_distribution_get_height (&d, width));
  without = draw (&no_mean, width, bs_distribution_get_height (&no_mean, width));
  g_assert_cmpint (cairo_image_surface_get_height (with), ==, cairo_image_surface_get_height (without));

  for (int y = 0; y < cairo_image_surface_get_height (with); y++)
    for (int x = 0; x < cairo_image_surface_get_width (with); x++)
      if (pixel (with, x, y) != pixel (without, x, y))
        {
          left = MIN (left, x);
          right = MAX (right, x);
          top = MIN (top, y);
          bottom = MAX (bottom, y);
        }

  g_assert_cmpint (right, >=, left);
  /* at 2.56 on a scale of four: right of the middle of column 2 */
  g_assert_cmpint (left, >, M + (width - 8) / 6 * 1.5);
  g_assert_cmpint (right, <, M + (width - 8) / 6 * 2.5);
  /* a bar: at least twice as tall as wide (a triangle is wider) */
  g_assert_cmpint (bottom - top + 1, >=, 2 * (right - left + 1));
  g_assert_cmpint (bottom - top + 1, >=, 6);

  cairo_surface_destroy (with);
  cairo_surface_destroy (without);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/distribution/inside", test_inside);
  g_test_add_func ("/distribution/marks", test_marks);
  g_test_add_func ("/distribution/many", test_many);
  g_test_add_func ("/distribution/no-empty-rows", test_no_empty_rows);
  g_test_add_func ("/distribution/stamped", test_stamped);
  g_test_add_func ("/distribution/mean-marker", test_mean_marker);

  return g_test_run ();
}
