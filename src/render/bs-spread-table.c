/* bs-spread-table.c: how far a team's respondents are apart per dimension, as a table with bars
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "blendscan-render"

#include "config.h"

#include <math.h>

#include "bs-render-private.h"
#include "bs-report-strings.h"
#include "bs-spread-table.h"

/* The values are the respondents' own dimension scores (BsTeamStat of a
 * dimension): the bar spans their lowest to their highest on the scale,
 * darker one standard deviation around the mean, with the mean a line, so
 * it reads in grayscale too. A standard deviation that reaches the
 * framework's threshold is bold: the text says it, not only a colour. */

#define FONT_SIZE 8.5
#define PAD 3.0

enum {
  COL_DIMENSION,
  COL_N,
  COL_MEAN,
  COL_RANGE,
  COL_SD,
  COL_BAR,
  N_COLUMNS
};

/* Fractions of the width; a number column is never narrower than its
 * heading (set_column_widths()). */
static const double column_share[N_COLUMNS] = { 0.34, 0.06, 0.11, 0.11, 0.08, 0.30 };

typedef struct
{
  PangoLayout *cells[N_COLUMNS];
  const BsTeamStat *stat;    /* NULL for the header */
  double       height;
} Row;

static void
row_measure (Row *row)
{
  row->height = 0;
  for (guint c = 0; c < N_COLUMNS; c++)
    {
      double h = 0;

      if (row->cells[c] != NULL)
        _bs_render_layout_size (row->cells[c], NULL, &h);
      row->height = MAX (row->height, h);
    }
  row->height += 2 * PAD;
}

/* Where a value of the scale (1 … n_stages) goes on a bar from x, w wide;
 * the bar leaves half a stage's room at each end for the marks. */
static double
scale_x (double value,
         double x,
         double w,
         guint  n_stages)
{
  double step = w / n_stages;

  return x + step / 2 + (value - 1) * step;
}

static void
draw_bar (cairo_t          *cr,
          const BsPalette  *palette,
          double            x,
          double            y,
          double            w,
          double            h,
          const BsTeamStat *stat,
          guint             n_stages)
{
  double bar_h = MIN (h - 2 * PAD, FONT_SIZE);
  double by = y + (h - bar_h) / 2;
  double lo, hi;

  cairo_save (cr);
  cairo_new_path (cr);
  cairo_rectangle (cr, x, by, w, bar_h);
  set_rgb (cr, &palette->trough);
  cairo_fill (cr);

  /* A tick per stage, so the bar reads against the header's numbers. */
  cairo_set_line_width (cr, 0.5);
  set_rgb (cr, &palette->grid);
  for (guint k = 1; k <= n_stages; k++)
    {
      cairo_move_to (cr, scale_x (k, x, w, n_stages), by + bar_h - 2);
      cairo_line_to (cr, scale_x (k, x, w, n_stages), by + bar_h);
    }
  cairo_stroke (cr);

  if (stat->n > 0)
    {
      double min_x = scale_x (stat->min, x, w, n_stages);
      double max_x = scale_x (stat->max, x, w, n_stages);

      /* A single value or a team of one: a sliver rather than nothing. */
      cairo_rectangle (cr, min_x - 1, by + 1, MAX (max_x - min_x, 0) + 2, bar_h - 2);
      set_rgba (cr, &palette->spread, 0.55);
      cairo_fill (cr);

      lo = MAX (stat->mean - stat->sd, stat->min);
      hi = MIN (stat->mean + stat->sd, stat->max);
      if (hi > lo)
        {
          double lo_x = scale_x (lo, x, w, n_stages);

          cairo_rectangle (cr, lo_x, by + 1, scale_x (hi, x, w, n_stages) - lo_x, bar_h - 2);
          set_rgba (cr, &palette->current, 0.8);
          cairo_fill (cr);
        }

      cairo_set_line_width (cr, 1.6);
      set_rgb (cr, &palette->foreground);
      cairo_move_to (cr, scale_x (stat->mean, x, w, n_stages), by - 1.5);
      cairo_line_to (cr, scale_x (stat->mean, x, w, n_stages), by + bar_h + 1.5);
      cairo_stroke (cr);
    }
  cairo_restore (cr);
}

/* The scale's numbers over the bars, in the header row. */
static void
draw_scale (cairo_t         *cr,
            PangoContext    *context,
            const BsPalette *palette,
            double           x,
            double           y,
            double           w,
            guint            n_stages)
{
  cairo_save (cr);
  set_rgb (cr, &palette->foreground);
  for (guint k = 1; k <= n_stages; k++)
    {
      g_autofree char *number = g_strdup_printf ("%u", k);
      g_autoptr(PangoLayout) layout = _bs_render_layout_new (context, number, FONT_SIZE, BS_TEXT_BOLD, 0);
      double nw;

      _bs_render_layout_size (layout, &nw, NULL);
      _bs_render_show_layout (cr, layout, scale_x (k, x, w, n_stages) - nw / 2, y + PAD);
    }
  cairo_restore (cr);
}

static char *
format_value (double      value,
              const char *lang)
{
  return isnan (value) ? g_strdup ("–") : _bs_report_format_score (value, lang);
}

static void
set_column_widths (PangoContext         *context,
                   double                width,
                   const BsReportString *heads,
                   const char           *lang,
                   double               *widths)
{
  double excess = 0;

  for (guint c = 0; c < N_COLUMNS; c++)
    widths[c] = width * column_share[c];

  for (guint c = COL_N; c <= COL_SD; c++)
    {
      g_autoptr(PangoLayout) head = _bs_render_layout_new (context, _bs_report_string (heads[c], lang),
                                                           FONT_SIZE, BS_TEXT_BOLD, 0);
      double natural;

      _bs_render_layout_size (head, &natural, NULL);
      natural = ceil (natural) + 2 * PAD;
      if (natural > widths[c])
        {
          excess += natural - widths[c];
          widths[c] = natural;
        }
    }

  if (excess > 0)
    {
      double from_bar = MIN (excess, MAX (widths[COL_BAR] - width * 0.14, 0));

      widths[COL_BAR] -= from_bar;
      widths[COL_DIMENSION] -= excess - from_bar;
    }
}

/* Draws with @cr, or only measures without; @bottoms, when given, gets
 * the bottom of each row. */
static double
run_table (cairo_t           *cr,
           double             width,
           const BsTeamStats *stats,
           const char        *level_id,
           const char        *lang,
           const BsPalette   *palette,
           GArray            *bottoms)
{
  BsAssessment *assessment;
  BsFramework *framework;
  BsLevel *level;
  GListModel *dimensions;
  PangoContext *context;
  guint n_stages;
  double widths[N_COLUMNS], y = 0;
  g_autoptr(GArray) rows = g_array_new (FALSE, TRUE, sizeof (Row));
  const BsReportString heads[N_COLUMNS] = {
    BS_STR_DIMENSION, BS_STR_N, BS_STR_MEAN, BS_STR_MIN_MAX, BS_STR_SD, BS_STR_SD
  };

  g_return_val_if_fail (stats != NULL, 0);
  g_return_val_if_fail (level_id != NULL, 0);

  lang = _bs_report_resolve_lang (lang);
  assessment = bs_team_stats_get_assessment (stats);
  framework = bs_assessment_get_framework (assessment);
  level = bs_framework_lookup_level (framework, level_id);
  g_return_val_if_fail (level != NULL, 0);
  dimensions = bs_level_get_dimensions (level);

  context = _bs_render_context_new ();
  n_stages = MAX (bs_framework_get_n_stages (framework), 1);
  set_column_widths (context, width, heads, lang, widths);

  {
    Row row = { { NULL } };

    for (guint c = 0; c < COL_BAR; c++)
      row.cells[c] = _bs_render_layout_new (context, _bs_report_string (heads[c], lang), FONT_SIZE,
                                            BS_TEXT_BOLD | (c > 0 ? BS_TEXT_RIGHT : 0),
                                            widths[c] - 2 * PAD);
    row_measure (&row);
    g_array_append_val (rows, row);
  }

  for (guint i = 0; i < g_list_model_get_n_items (dimensions); i++)
    {
      g_autoptr(BsDimension) dimension = g_list_model_get_item (dimensions, i);
      const BsTeamStat *stat = bs_team_stats_dimension (stats, level_id, bs_dimension_get_id (dimension), NULL);
      g_autofree char *n = NULL;
      g_autofree char *mean = NULL;
      g_autofree char *range = NULL;
      g_autofree char *sd = NULL;
      Row row = { { NULL } };

      if (stat == NULL)
        continue;
      row.stat = stat;
      n = g_strdup_printf ("%u", stat->n);
      mean = format_value (stat->mean, lang);
      sd = format_value (stat->sd, lang);
      if (stat->n > 0)
        {
          g_autofree char *min = _bs_report_format_score (stat->min, lang);
          g_autofree char *max = _bs_report_format_score (stat->max, lang);

          range = g_strdup_printf ("%s–%s", min, max);
        }
      else
        range = g_strdup ("–");

      row.cells[COL_DIMENSION] = _bs_render_layout_new (context, bs_dimension_get_title_text (dimension, lang),
                                                        FONT_SIZE, BS_TEXT_NORMAL, widths[COL_DIMENSION] - 2 * PAD);
      row.cells[COL_N] = _bs_render_layout_new (context, n, FONT_SIZE, BS_TEXT_RIGHT, widths[COL_N] - 2 * PAD);
      row.cells[COL_MEAN] = _bs_render_layout_new (context, mean, FONT_SIZE, BS_TEXT_RIGHT,
                                                   widths[COL_MEAN] - 2 * PAD);
      row.cells[COL_RANGE] = _bs_render_layout_new (context, range, FONT_SIZE, BS_TEXT_RIGHT,
                                                    widths[COL_RANGE] - 2 * PAD);
      row.cells[COL_SD] = _bs_render_layout_new (context, sd, FONT_SIZE,
                                                 BS_TEXT_RIGHT | (stat->disagreement ? BS_TEXT_BOLD : 0),
                                                 widths[COL_SD] - 2 * PAD);
      if (stat->n == 0)
        row.cells[COL_BAR] = _bs_render_layout_new (context, _bs_report_string (BS_STR_NO_ANSWER, lang),
                                                    FONT_SIZE, BS_TEXT_ITALIC, widths[COL_BAR] - 2 * PAD);
      row_measure (&row);
      g_array_append_val (rows, row);
    }

  for (guint r = 0; r < rows->len; r++)
    {
      Row *row = &g_array_index (rows, Row, r);

      if (cr != NULL)
        {
          double x = 0;

          cairo_save (cr);
          set_rgb (cr, &palette->foreground);
          for (guint c = 0; c < N_COLUMNS; c++)
            {
              if (row->cells[c] != NULL)
                {
                  double cw;

                  _bs_render_layout_size (row->cells[c], &cw, NULL);
                  if (c > 0 && c < COL_BAR)
                    _bs_render_show_layout (cr, row->cells[c], x + widths[c] - PAD - cw, y + PAD);
                  else
                    _bs_render_show_layout (cr, row->cells[c], x + PAD, y + PAD);
                }
              else if (c == COL_BAR && row->stat != NULL)
                draw_bar (cr, palette, x + PAD * 2, y, widths[c] - 3 * PAD, row->height, row->stat, n_stages);
              else if (c == COL_BAR)
                draw_scale (cr, context, palette, x + PAD * 2, y, widths[c] - 3 * PAD, n_stages);
              x += widths[c];
            }

          cairo_set_line_width (cr, r == 0 || r == rows->len - 1 ? 0.8 : 0.4);
          set_rgb (cr, r == 0 || r == rows->len - 1 ? &palette->rule : &palette->rule_light);
          cairo_move_to (cr, 0, y + row->height);
          cairo_line_to (cr, width, y + row->height);
          cairo_stroke (cr);
          cairo_restore (cr);
        }
      y += row->height;
      if (bottoms != NULL)
        g_array_append_val (bottoms, y);
      for (guint c = 0; c < N_COLUMNS; c++)
        g_clear_object (&row->cells[c]);
    }
  g_object_unref (context);

  return y;
}

/**
 * bs_spread_table_draw:
 * @stats: the team statistics of the assessment
 * @level_id: an included level
 * @palette: (nullable): the colours; %NULL means bs_palette_get_print()
 *
 * Draws, per dimension of a level, how many respondents have a score of
 * their own for it, their mean, lowest and highest, standard deviation,
 * and a bar of all that, from (0, 0) of @cr, @width wide.
 *
 * Returns: the height used
 */
double
bs_spread_table_draw (cairo_t           *cr,
                      double             width,
                      const BsTeamStats *stats,
                      const char        *level_id,
                      const char        *lang,
                      const BsPalette   *palette)
{
  g_return_val_if_fail (cr != NULL, 0);

  return run_table (cr, width, stats, level_id, lang,
                    palette != NULL ? palette : bs_palette_get_print (), NULL);
}

/**
 * bs_spread_table_measure:
 *
 * Returns: the height bs_spread_table_draw() would use
 */
double
bs_spread_table_measure (double             width,
                         const BsTeamStats *stats,
                         const char        *level_id,
                         const char        *lang)
{
  return run_table (NULL, width, stats, level_id, lang, bs_palette_get_print (), NULL);
}

/**
 * bs_spread_table_row_bottoms:
 *
 * Where the rows of the table end, from its top, the header row first:
 * where a table taller than a page may be split.
 *
 * Returns: (transfer full) (element-type double): one value per row
 */
GArray *
bs_spread_table_row_bottoms (double             width,
                             const BsTeamStats *stats,
                             const char        *level_id,
                             const char        *lang)
{
  GArray *bottoms = g_array_new (FALSE, FALSE, sizeof (double));

  run_table (NULL, width, stats, level_id, lang, bs_palette_get_print (), bottoms);

  return bottoms;
}
