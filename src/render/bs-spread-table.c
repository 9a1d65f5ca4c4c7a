/* bs-spread-table.c: how far a team's respondents are apart per dimension, as a table with bars
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "blendscan-render"

#include "config.h"

#include "bs-spread-table.h"
#include "bs-table-draw.h"

/* The values are the respondents' own dimension scores (BsTeamStat of a
 * dimension): the bar spans their lowest to their highest on the scale,
 * darker one standard deviation around the mean, with the mean a line, so
 * it reads in grayscale too. A standard deviation that reaches the
 * framework's threshold is bold: the text says it, not only a colour. */

#define FONT_SIZE BS_TABLE_FONT_SIZE
#define PAD BS_TABLE_PAD

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
 * heading (bs-table-draw.c). */
static const double column_share[N_COLUMNS] = { 0.34, 0.06, 0.11, 0.11, 0.08, 0.30 };

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

/* The bar of a dimension's row (@row_data, its BsTeamStat); the header
 * has the scale there. */
static void
draw_bar (cairo_t         *cr,
          BsTable         *table,
          const BsPalette *palette,
          gconstpointer    row_data,
          double           x,
          double           y,
          double           w,
          double           h,
          gpointer         user_data)
{
  const BsTeamStat *stat = row_data;
  guint n_stages = GPOINTER_TO_UINT (user_data);
  double bar_h = MIN (h - 2 * PAD, FONT_SIZE);
  double by = y + (h - bar_h) / 2;
  double lo, hi;

  if (stat == NULL)
    {
      draw_scale (cr, table->context, palette, x, y, w, n_stages);
      return;
    }

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
  guint n_stages;
  g_auto(BsTable) table = { 0 };
  const BsReportString heads[N_COLUMNS - 1] = {
    BS_STR_DIMENSION, BS_STR_N, BS_STR_MEAN, BS_STR_MIN_MAX, BS_STR_SD
  };

  g_return_val_if_fail (stats != NULL, 0);
  g_return_val_if_fail (level_id != NULL, 0);

  lang = _bs_report_resolve_lang (lang);
  assessment = bs_team_stats_get_assessment (stats);
  framework = bs_assessment_get_framework (assessment);
  level = bs_framework_lookup_level (framework, level_id);
  g_return_val_if_fail (level != NULL, 0);
  dimensions = bs_level_get_dimensions (level);

  n_stages = MAX (bs_framework_get_n_stages (framework), 1);
  _bs_table_init (&table, width, N_COLUMNS, column_share, 0.14, heads, lang);

  for (guint i = 0; i < g_list_model_get_n_items (dimensions); i++)
    {
      g_autoptr(BsDimension) dimension = g_list_model_get_item (dimensions, i);
      const BsTeamStat *stat = bs_team_stats_dimension (stats, level_id, bs_dimension_get_id (dimension), NULL);
      g_autofree char *n = NULL;
      g_autofree char *mean = NULL;
      g_autofree char *range = NULL;
      g_autofree char *sd = NULL;
      BsTableRow *row;

      if (stat == NULL)
        continue;
      n = g_strdup_printf ("%u", stat->n);
      mean = _bs_table_format_value (stat->mean, lang);
      sd = _bs_table_format_value (stat->sd, lang);
      if (stat->n > 0)
        {
          g_autofree char *min = _bs_report_format_score (stat->min, lang);
          g_autofree char *max = _bs_report_format_score (stat->max, lang);

          range = g_strdup_printf ("%s–%s", min, max);
        }
      else
        range = g_strdup ("–");

      row = _bs_table_add_row (&table, stat);
      _bs_table_set_cell (&table, row, COL_DIMENSION, bs_dimension_get_title_text (dimension, lang), BS_TEXT_NORMAL);
      _bs_table_set_cell (&table, row, COL_N, n, BS_TEXT_RIGHT);
      _bs_table_set_cell (&table, row, COL_MEAN, mean, BS_TEXT_RIGHT);
      _bs_table_set_cell (&table, row, COL_RANGE, range, BS_TEXT_RIGHT);
      _bs_table_set_cell (&table, row, COL_SD, sd, BS_TEXT_RIGHT | (stat->disagreement ? BS_TEXT_BOLD : 0));
      if (stat->n == 0)
        _bs_table_set_cell (&table, row, COL_BAR, _bs_report_string (BS_STR_NO_ANSWER, lang), BS_TEXT_ITALIC);
    }
  g_array_index (table.rows, BsTableRow, table.rows->len - 1).rule = BS_TABLE_RULE_HEAVY;

  return _bs_table_run (&table, cr, palette, draw_bar, GUINT_TO_POINTER (n_stages), bottoms);
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
